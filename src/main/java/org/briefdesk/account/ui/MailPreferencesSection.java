package org.briefdesk.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.briefdesk.base.ui.ErrorMessages;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.mail.Delivery;
import org.briefdesk.mail.MailPreferences;
import org.briefdesk.notification.NotificationKind;

/**
 * Per kind of notification, how the user hears of it by e-mail: at once, in the daily digest, or
 * not at all. The bell in the top bar shows every notification whatever is chosen here.
 */
class MailPreferencesSection extends Section {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MailPreferences preferences;
    private final Map<NotificationKind, RadioButtonGroup<Delivery>> choices = new EnumMap<>(NotificationKind.class);
    private final Paragraph noAddress = new Paragraph("Add your e-mail address above to receive these e-mails.");

    MailPreferencesSection(MailPreferences preferences, boolean hasAddress) {
        this.preferences = preferences;
        noAddress.addClassName("bd-empty-state");
        noAddress.setVisible(!hasAddress);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("48rem", 2));
        preferences.mine().forEach((kind, delivery) -> form.add(createChoice(kind, delivery)));
        Button save = new Button("Save e-mail settings", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3("E-mail notifications"), new Paragraph(describeService()), noAddress, form, save);
    }

    /** The address section saved a new address, or removed it. */
    void addressChanged(boolean present) {
        noAddress.setVisible(!present);
    }

    private RadioButtonGroup<Delivery> createChoice(NotificationKind kind, Delivery delivery) {
        RadioButtonGroup<Delivery> group = new RadioButtonGroup<>(kind.label());
        group.setItems(Delivery.values());
        group.setItemLabelGenerator(Delivery::label);
        group.setHelperText(describe(kind));
        group.setValue(delivery);
        choices.put(kind, group);
        return group;
    }

    private void save() {
        Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
        choices.forEach((kind, group) -> chosen.put(kind, group.getValue()));
        try {
            preferences.chooseMine(chosen);
            Notifications.success("Your e-mail settings are saved.");
        } catch (RuntimeException failure) {
            Notifications.error(ErrorMessages.forUser(failure));
        }
    }

    private String describeService() {
        return preferences
                .digestTime()
                .map(time -> "“Daily digest” collects them in one e-mail a day, at " + local(time) + " your time ("
                        + time.format(TIME) + " UTC). Whatever you choose, the bell in the top bar lists them"
                        + " all.")
                .orElse("This server sends no e-mail yet: an administrator sets it up. Your choices are kept"
                        + " and apply once it does.");
    }

    private static String local(LocalTime utc) {
        return ViewerTime.format(TIME, LocalDate.now(ZoneOffset.UTC).atTime(utc).toInstant(ZoneOffset.UTC));
    }

    private static String describe(NotificationKind kind) {
        return switch (kind) {
            case REVIEW_REQUESTED -> "A briefing is sent to you for review.";
            case CHANGES_REQUESTED -> "An editor sends your briefing back with changes to make.";
            case APPROVED -> "An editor approves your briefing.";
            case PUBLISHED -> "Your briefing is published.";
            case RETRACTED -> "Your briefing is retracted.";
            case REPLY -> "Someone replies in a comment thread you took part in.";
            case MENTION -> "Someone mentions you in a comment (@name).";
            case SUGGESTED -> "Someone suggests changes to your briefing.";
        };
    }
}
