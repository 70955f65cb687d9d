package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.Severity;
import org.junit.jupiter.api.Test;

/** Accepted findings are recognised by fingerprints already stored: the way they are made must not change. */
class AcceptedFindingTest {

    @Test
    void the_fingerprint_is_the_sha256_of_the_message_a_zero_byte_and_the_selected_words() throws Exception {
        String[] texts = {"", "Quotation not found in the source", "über € 😀", "\uD83D", "\uDE00", "a\u0000b"};
        for (String message : texts) {
            for (String selected : texts) {
                Finding finding = new Finding(Severity.WARNING, message, 0, 1, null);
                assertThat(AcceptedFinding.fingerprint(finding, selected))
                        .as("%s | %s", message, selected)
                        .isEqualTo(asStored(message, selected));
            }
        }
        assertThat(AcceptedFinding.fingerprint(new Finding(Severity.WARNING, "m", 0, 1, null), "w"))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[] {'m', 0, 'w'})));
    }

    private static String asStored(String message, String selected) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(message.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(selected.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }
}
