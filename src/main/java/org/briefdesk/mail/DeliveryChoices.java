package org.briefdesk.mail;

import java.util.EnumMap;
import java.util.Map;
import org.briefdesk.notification.NotificationKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's delivery per kind, defaults included. Without method security: the mailer asks it for
 * the recipients of a notification (not the caller), and {@link MailPreferences} for the caller.
 */
@Component
class DeliveryChoices {

    private final MailPreferenceRepository preferences;

    DeliveryChoices(MailPreferenceRepository preferences) {
        this.preferences = preferences;
    }

    /**
     * What a user gets unless they choose otherwise: what asks them to act (a review, changes, a
     * mention) at once, the rest in the daily digest.
     */
    static Delivery defaultFor(NotificationKind kind) {
        return switch (kind) {
            case REVIEW_REQUESTED, CHANGES_REQUESTED, MENTION -> Delivery.AT_ONCE;
            case APPROVED, PUBLISHED, RETRACTED, REPLY, SUGGESTED -> Delivery.DIGEST;
        };
    }

    /** The user's delivery for every kind, in the order of {@link NotificationKind}. */
    @Transactional(readOnly = true)
    Map<NotificationKind, Delivery> of(String username) {
        Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            choices.put(kind, defaultFor(kind));
        }
        preferences.findByUsername(username).forEach(choice -> choices.put(choice.kind(), choice.delivery()));
        return choices;
    }

    @Transactional(readOnly = true)
    Delivery of(String username, NotificationKind kind) {
        return preferences
                .findByUsernameAndKind(username, kind)
                .map(MailPreference::delivery)
                .orElse(defaultFor(kind));
    }

    /** Stores the choices that differ from what is stored (or from the default, when nothing is). */
    @Transactional
    void choose(String username, Map<NotificationKind, Delivery> choices) {
        choices.forEach((kind, delivery) -> preferences
                .findByUsernameAndKind(username, kind)
                .ifPresentOrElse(stored -> stored.choose(delivery), () -> {
                    if (delivery != defaultFor(kind)) {
                        preferences.save(new MailPreference(username, kind, delivery));
                    }
                }));
    }
}
