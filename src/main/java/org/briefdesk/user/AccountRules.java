package org.briefdesk.user;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefdesk.base.InvisibleCharacters;

/**
 * The rules for user names, display names, e-mail addresses and passwords, shared by the service (which enforces
 * them) and the forms (which show them as field messages before anything is sent).
 */
public final class AccountRules {

    public static final int PASSWORD_MIN_BYTES = 12;
    /** Bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int PASSWORD_MAX_BYTES = 72;

    public static final int DISPLAY_NAME_MAX_LENGTH = 120;

    /** RFC 5321's limit for a whole address. */
    public static final int EMAIL_MAX_LENGTH = 254;

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
    /**
     * The addresses people have: a plain local part (no quotes, no comments) and a domain name of at
     * least two labels. Stricter than RFC 5322 on purpose: nothing that could break a mail header.
     */
    private static final Pattern EMAIL =
            Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private AccountRules() {}

    /** User names are case-insensitive; they are stored in lower case. */
    public static String normalizeUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> usernameProblem(String username) {
        String normalized = normalizeUsername(username);
        if (normalized.isEmpty()) {
            return Optional.of("Enter a user name.");
        }
        if (!USERNAME.matcher(normalized).matches()) {
            return Optional.of("Use 2 to 32 characters: letters a-z, digits, dot, dash or underscore,"
                    + " starting with a letter.");
        }
        return Optional.empty();
    }

    /** E-mail addresses are compared and stored in lower case; blank means no address. */
    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with an e-mail address, if anything; a blank one (no address) is fine. */
    public static Optional<String> emailProblem(String email) {
        String normalized = normalizeEmail(email);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        if (normalized.length() > EMAIL_MAX_LENGTH) {
            return Optional.of("Use at most " + EMAIL_MAX_LENGTH + " characters.");
        }
        if (!EMAIL.matcher(normalized).matches() || normalized.indexOf('@') > 64) {
            return Optional.of("Enter an e-mail address such as name@example.org.");
        }
        return Optional.empty();
    }

    public static Optional<String> displayNameProblem(String displayName) {
        String stripped = displayName.strip();
        if (stripped.isEmpty()) {
            return Optional.of("Enter the name people see.");
        }
        if (stripped.length() > DISPLAY_NAME_MAX_LENGTH) {
            return Optional.of("Use at most " + DISPLAY_NAME_MAX_LENGTH + " characters.");
        }
        if (InvisibleCharacters.present(stripped, false)) {
            return Optional.of("Remove the invisible control characters from the name.");
        }
        return Optional.empty();
    }

    public static Optional<String> passwordProblem(String password) {
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < PASSWORD_MIN_BYTES) {
            return Optional.of("Use at least " + PASSWORD_MIN_BYTES + " characters.");
        }
        if (bytes > PASSWORD_MAX_BYTES) {
            return Optional.of("Use at most " + PASSWORD_MAX_BYTES + " bytes (fewer if you use accented"
                    + " letters or symbols).");
        }
        return Optional.empty();
    }
}
