package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyTextTest {

    @Test
    void crlf_and_cr_line_breaks_become_newlines() {
        assertThat(BodyText.normalize("one\r\ntwo\rthree\nfour")).isEqualTo("one\ntwo\nthree\nfour");
    }

    @Test
    void tabs_no_break_and_other_unicode_spaces_become_single_spaces() {
        assertThat(BodyText.normalize("a\tb\u00A0c\u2009d\u202Fe\u3000f  \t g")).isEqualTo("a b c d e f g");
    }

    @Test
    void trailing_spaces_go_and_runs_of_spaces_collapse_within_a_line() {
        assertThat(BodyText.normalize("first line   \nsecond    line\t\n  third"))
                .isEqualTo("first line\nsecond line\n third");
    }

    @Test
    void three_or_more_newlines_become_one_blank_line_and_the_text_is_trimmed() {
        assertThat(BodyText.normalize("\n\n  para one\n\n\n\n   \n\npara two\n\npara three  \n\n"))
                .isEqualTo("para one\n\npara two\n\npara three");
    }

    @Test
    void control_characters_and_the_highlight_markers_are_removed() {
        assertThat(BodyText.normalize("be\u0000for\u0007e\u001B \uE000marked\uE001 \u0085next\u007F"))
                .isEqualTo("before marked\nnext");
    }

    @Test
    void invisible_characters_that_only_break_matching_are_removed() {
        assertThat(BodyText.normalize("co\u00ADoperation\u200B with\uFEFF the\u2060m"))
                .isEqualTo("cooperation with them");
    }

    @Test
    void text_is_composed_to_nfc() {
        String decomposed = "Cafe\u0301 de\u0301fense";
        assertThat(BodyText.normalize(decomposed)).isEqualTo("Caf\u00E9 d\u00E9fense");
        assertThat(BodyText.normalize(decomposed)).isEqualTo(BodyText.normalize("Caf\u00E9 d\u00E9fense"));
    }

    @Test
    void a_control_character_between_a_letter_and_its_accent_does_not_leave_them_apart() {
        assertThat(BodyText.normalize("e\u0001\u0301")).isEqualTo("\u00E9");
    }

    @Test
    void emoji_and_other_supplementary_characters_survive() {
        String text =
                "Flags \uD83C\uDDEF\uD83C\uDDF5 and \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 and \uD835\uDD04";
        assertThat(BodyText.normalize(text)).isEqualTo(text);
    }

    @Test
    void normalising_twice_changes_nothing() {
        String messy = " \u00A0Title\r\n\r\n\r\n\tBody  text\u0301 \uE000x\uE001\r\n\n\n\nend ";
        String once = BodyText.normalize(messy);
        assertThat(BodyText.normalize(once)).isEqualTo(once);
    }

    @Test
    void the_fingerprint_is_lower_case_sha256_hex() {
        // SHA-256 of "abc".
        assertThat(BodyText.fingerprint("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void the_fingerprint_ignores_layout_but_not_words() {
        String paragraphs = "First paragraph.\n\nSecond  paragraph.";
        String lines = "First paragraph.\r\nSecond paragraph.\t";
        assertThat(BodyText.fingerprint(paragraphs)).isEqualTo(BodyText.fingerprint(lines));
        assertThat(BodyText.fingerprint(paragraphs))
                .isNotEqualTo(BodyText.fingerprint("First paragraph. Second paragraphs."));
    }

    @Test
    void the_fingerprint_follows_normalisation() {
        assertThat(BodyText.fingerprint("de\u0301fense \uE000x")).isEqualTo(BodyText.fingerprint("d\u00E9fense x"));
    }
}
