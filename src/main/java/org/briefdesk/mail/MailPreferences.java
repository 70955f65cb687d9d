package org.briefdesk.mail;

import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each signed-in user's choice, per kind of notification, of how they hear of it by e-mail: at once,
 * in the daily digest, or not at all. Everyone reads and changes only their own.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MailPreferences {

    private final DeliveryChoices choices;
    private final CurrentUser currentUser;
    private final ObjectProvider<MailSettings> settings;

    MailPreferences(DeliveryChoices choices, CurrentUser currentUser, ObjectProvider<MailSettings> settings) {
        this.choices = choices;
        this.currentUser = currentUser;
        this.settings = settings;
    }

    /** The caller's delivery for every kind of notification, defaults included, in a fixed order. */
    public Map<NotificationKind, Delivery> mine() {
        return choices.of(currentUser.requireUsername());
    }

    /**
     * Changes the caller's delivery for the kinds given; the others stay as they are.
     *
     * @throws ActionRefusedException if a kind has no delivery
     */
    @Transactional
    public void chooseMine(Map<NotificationKind, Delivery> chosen) {
        // Not containsValue(null): immutable maps throw on it.
        if (chosen.values().stream().anyMatch(Objects::isNull)) {
            throw new ActionRefusedException("Choose at once, daily digest or off for each kind.");
        }
        choices.choose(currentUser.requireUsername(), chosen);
    }

    /**
     * When the daily digest goes out (UTC), or empty when this server sends no e-mail at all (no
     * SMTP server configured): the choices are kept and apply once it does.
     */
    public Optional<LocalTime> digestTime() {
        return Optional.ofNullable(settings.getIfAvailable()).map(MailSettings::digestTime);
    }
}
