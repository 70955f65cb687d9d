package org.briefdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvisibleCharactersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Coastal talks \uD83D\uDC69\u200D\uD83D\uDCBB", // woman technologist: ZWJ sequence
                "Family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 reunions",
                "Rainbow flag \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
                "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", // Persian "I want", with a ZWNJ
                "England \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F fans",
                "Plain title, with spaces and punctuation: \u2014 \u201Cquoted\u201D",
                "Japan \uD83C\uDDEF\uD83C\uDDF5 and \uD835\uDD04 (a letter outside the BMP)"
            })
    void what_people_write_with_joiners_flags_and_other_scripts_is_not_invisible(String text) {
        assertThat(InvisibleCharacters.present(text, false)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "evil\u202Etxt.exe", // right-to-left override
                "zero\u200Bwidth space",
                "soft\u00ADhyphen",
                "byte order\uFEFFmark",
                "bell\u0007",
                "joiner at the end\u200D",
                "\u200Djoiner at the start",
                "joiner next to a space \u200D here",
                "two joiners \uD83D\uDC69\u200D\u200D\uD83D\uDCBB",
                "lone \uD83D surrogate",
                "tags without a flag \uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F", // hidden "ASCII" in tag characters
                "a flag's tags without the cancel tag \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62",
                "line\nbreak",
                "tab\there"
            })
    void controls_formats_stray_joiners_and_lone_halves_are_invisible(String text) {
        assertThat(InvisibleCharacters.present(text, false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "tab\there"})
    void line_breaks_and_tabs_count_only_where_the_field_refuses_them(String text) {
        assertThat(InvisibleCharacters.present(text, true)).isFalse();
        assertThat(InvisibleCharacters.present(text + "\u202E", true)).isTrue();
    }
}
