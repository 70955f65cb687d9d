package org.briefdesk.signon;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The provider's registration, read from its discovery document the first time someone signs in
 * through it rather than at start-up: Briefdesk starts (and local accounts sign in) while the
 * provider is down, and a failed read is tried again at the next sign-in.
 */
class LazyClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(LazyClientRegistrations.class);

    private final SignOnSettings settings;
    private volatile @Nullable ClientRegistration registration;

    LazyClientRegistrations(SignOnSettings settings) {
        this.settings = settings;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!SignOnSettings.REGISTRATION.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        try {
            known = ClientRegistrations.fromIssuerLocation(settings.issuer())
                    .registrationId(SignOnSettings.REGISTRATION)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope("openid", "profile", "email")
                    .clientName(settings.name())
                    .build();
            registration = known;
            return known;
        } catch (RuntimeException unreachable) {
            log.warn(
                    "Could not read the single sign-on provider's configuration from {}: {}",
                    settings.issuer(),
                    unreachable.getMessage());
            throw new ProviderUnavailableException(unreachable);
        }
    }

    /** The provider did not answer; the user is told to try again or sign in otherwise. */
    static final class ProviderUnavailableException extends RuntimeException {
        ProviderUnavailableException(Throwable cause) {
            super("The single sign-on provider cannot be reached", cause);
        }
    }
}
