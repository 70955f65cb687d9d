package org.briefdesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Times as the person looking at them reads them: in their browser's time zone, which Vaadin learns
 * when the page loads. The server's zone serves only where no browser is known (a background
 * thread, or a browser that did not say). Reading pages and exports keep UTC: they are the same
 * bytes for every reader.
 */
public final class ViewerTime {

    private ViewerTime() {}

    /** The viewer's time zone: the browser's if the current UI knows it, else the server's. */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        return ui == null ? ZoneId.systemDefault() : zone(ui);
    }

    /** The time zone of the browser showing {@code ui}, else the server's. */
    public static ZoneId zone(UI ui) {
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return ZoneId.systemDefault();
        }
    }

    /** {@code time} with {@code format} in the viewer's zone; "" for no time. */
    public static String format(DateTimeFormatter format, @Nullable Instant time) {
        return time == null ? "" : format.withZone(zone()).format(time);
    }
}
