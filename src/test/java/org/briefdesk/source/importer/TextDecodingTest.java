package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    @Test
    void utf8_text_is_decoded_as_it_is() throws ImportRefusedException {
        String text = "Dostál met Garrand in Sainte-Arlène \uD83D\uDEA2\n";
        assertThat(TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void a_leading_byte_order_mark_is_dropped() throws ImportRefusedException {
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertThat(TextDecoding.decode(withBom)).isEqualTo("Hi");
    }

    @Test
    void malformed_utf8_is_refused_naming_the_byte() {
        byte[] bytes = {'O', 'k', (byte) 0xC3, 0x28, 'x'};
        assertThatThrownBy(() -> TextDecoding.decode(bytes))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessage("The file is not valid UTF-8 text (byte 3).");
    }

    @Test
    void latin1_text_is_refused_rather_than_garbled() {
        byte[] latin1 = "Caf\u00E9 cr\u00E8me".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoding.decode(latin1)).hasMessageContaining("not valid UTF-8 text (byte 4)");
    }

    @Test
    void a_multibyte_character_cut_off_at_the_end_is_refused() {
        byte[] truncated = {'a', 'b', (byte) 0xF0, (byte) 0x9F, (byte) 0x98};
        assertThatThrownBy(() -> TextDecoding.decode(truncated)).hasMessageContaining("not valid UTF-8 text (byte 3)");
    }

    @Test
    void a_png_is_not_a_text_file() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        assertThatThrownBy(() -> TextDecoding.decode(png)).hasMessage("This is not a text file.");
    }

    @Test
    void bytes_with_nul_are_not_a_text_file() {
        byte[] bytes = "looks like text\u0000but is not".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextDecoding.decode(bytes)).hasMessageContaining("not a text file");
    }

    @Test
    void bytes_full_of_control_characters_are_not_a_text_file() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 10 == 0 ? 0x01 : 'a');
        }
        assertThatThrownBy(() -> TextDecoding.decode(bytes)).hasMessageContaining("not a text file");
    }

    @Test
    void a_stray_control_character_in_real_text_is_tolerated() throws ImportRefusedException {
        String text = "A long enough line of ordinary prose with one stray\u0007 bell in it.";
        assertThat(TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void utf16_is_refused_with_advice() {
        byte[] utf16 = "Hello".getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> TextDecoding.decode(utf16))
                .hasMessageContaining("UTF-16")
                .hasMessageContaining("UTF-8");
    }

    @Test
    void an_empty_file_decodes_to_empty_text() throws ImportRefusedException {
        assertThat(TextDecoding.decode(new byte[0])).isEmpty();
    }
}
