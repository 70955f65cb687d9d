package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.briefdesk.base.ui.ViewerTime;

/**
 * "Restore your unsaved text from …?": the browser kept text that the server never saved. Restore
 * saves it the ordinary way (merging with what others saved since); Discard forgets it.
 */
class RestoreKeptDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    RestoreKeptDialog(BrowserCopy.Kept kept, Runnable restore, Runnable discard) {
        String when = ViewerTime.format(WHEN, kept.at()) + " (" + ago(Duration.between(kept.at(), Instant.now())) + ")";
        setHeaderTitle("Restore your unsaved text from " + when + "?");
        addClassName("bd-restore-kept");
        add(new Paragraph("This browser kept text you typed in this briefing that Briefdesk had not saved"
                + " (the connection or the server went away, or the window was closed). Restoring saves it now:"
                + " if others saved since, their changes are merged with yours, and overlapping ones are shown"
                + " to resolve. Nothing is overwritten."));
        Button restoreButton = new Button("Restore", click -> {
            close();
            restore.run();
        });
        restoreButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discardButton = new Button("Discard", click -> {
            close();
            discard.run();
        });
        getFooter().add(discardButton, restoreButton);
        setCloseOnOutsideClick(false);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                restoreButton.focus();
            }
        });
    }

    static String ago(Duration elapsed) {
        long minutes = Math.max(0, elapsed.toMinutes());
        if (minutes < 1) {
            return "less than a minute ago";
        }
        if (minutes < 60) {
            return minutes == 1 ? "1 minute ago" : minutes + " minutes ago";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours == 1 ? "1 hour ago" : hours + " hours ago";
        }
        return (hours / 24) + " days ago";
    }
}
