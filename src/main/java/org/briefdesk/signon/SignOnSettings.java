package org.briefdesk.signon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefdesk.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Briefdesk reaches the single sign-on provider (README, "Single sign-on"). {@code roles}
 * maps values of the roles claim to roles ("briefdesk-editors=EDITOR,…"); without it the values are
 * the roles' own names (author, editor, admin, reader), in any case.
 */
@ConfigurationProperties("briefdesk.oidc")
record SignOnSettings(
        String issuer, String clientId, String clientSecret, String name, String rolesClaim, String roles) {

    /** The registration id in Spring Security's paths: /oauth2/authorization/oidc, /login/oauth2/code/oidc. */
    static final String REGISTRATION = "oidc";

    SignOnSettings {
        issuer = issuer == null ? "" : issuer.strip();
        clientId = clientId == null ? "" : clientId.strip();
        clientSecret = clientSecret == null ? "" : clientSecret;
        name = name == null || name.isBlank() ? "single sign-on" : name.strip();
        rolesClaim = rolesClaim == null ? "" : rolesClaim.strip();
        roles = roles == null ? "" : roles.strip();
    }

    /** The role a value of the roles claim stands for, if any. */
    Optional<Role> role(String claimValue) {
        String value = claimValue.strip();
        Map<String, Role> mapping = mapping();
        if (!mapping.isEmpty()) {
            return Optional.ofNullable(mapping.get(value.toLowerCase(Locale.ROOT)));
        }
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private Map<String, Role> mapping() {
        Map<String, Role> mapping = new HashMap<>();
        for (String pair : roles.split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                mapping.put(
                        pair.substring(0, equals).strip().toLowerCase(Locale.ROOT),
                        Role.valueOf(pair.substring(equals + 1).strip().toUpperCase(Locale.ROOT)));
            }
        }
        return mapping;
    }
}
