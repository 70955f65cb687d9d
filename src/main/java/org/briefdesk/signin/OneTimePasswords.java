package org.briefdesk.signin;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.briefdesk.base.Sha256;

/**
 * The arithmetic of two-factor sign-in: TOTP keys and codes as RFC 6238 defines them and every
 * authenticator app reads them (HMAC-SHA1, six digits, 30-second steps, the key in Base32), and
 * recovery codes.
 */
final class OneTimePasswords {

    static final Duration STEP = Duration.ofSeconds(30);
    /** Codes from this many steps before or after now are accepted: clocks and typing drift. */
    static final int DRIFT_STEPS = 1;

    private static final int KEY_BYTES = 20;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP);

    private OneTimePasswords() {}

    /** A new random key, in Base32 without padding. */
    static String newSecret() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new Base32().encodeToString(key).replace("=", "");
    }

    /** The address an authenticator app reads from the QR code (Google's "Key Uri Format"). */
    static String keyUri(String issuer, String username, String secret) {
        String label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
    }

    /** The code of the step the instant falls in. */
    static String code(String secret, Instant at) {
        try {
            int code = TOTP.generateOneTimePassword(key(secret), at);
            return String.format(Locale.ROOT, "%06d", code);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A stored TOTP key cannot be used", e);
        }
    }

    /** The time step an instant falls in. */
    static long step(Instant at) {
        return at.getEpochSecond() / STEP.toSeconds();
    }

    /**
     * The step whose code this is, looking {@link #DRIFT_STEPS} either side of now and only at steps
     * after {@code lastStep} (so a code once accepted is never accepted again); empty if none.
     */
    static OptionalLong matchingStep(String secret, String typed, long lastStep, Instant now) {
        String digits = typed.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        for (int offset = -DRIFT_STEPS; offset <= DRIFT_STEPS; offset++) {
            Instant at = now.plus(STEP.multipliedBy(offset));
            long step = step(at);
            if (step > lastStep
                    && MessageDigest.isEqual(
                            code(secret, at).getBytes(StandardCharsets.US_ASCII),
                            digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** A new recovery code: ten letters and digits that cannot be mistaken for one another, as "xxxxx-xxxxx". */
    static String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    /** How a recovery code is stored and looked up: case, spaces and dashes do not matter. */
    static String recoveryHash(String typed) {
        String normalized = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return Sha256.hex(normalized);
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), TOTP.getAlgorithm());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
