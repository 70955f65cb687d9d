package org.briefdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationKeysTest {

    @Test
    void the_key_is_first_author_surname_year_and_first_meaningful_title_word() {
        assertThat(CitationKeys.base("Lena Varga, Tomas Ekberg", "Meridian Wire", 2025, "The Keleva Strait talks"))
                .isEqualTo("varga-2025-keleva");
    }

    @Test
    void without_authors_the_outlet_stands_in_and_accents_become_ascii() {
        assertThat(CitationKeys.base(null, "Le Monde Diplomatique", 2024, "Écoles et États"))
                .isEqualTo("le-2024-ecoles");
        assertThat(CitationKeys.base("  ", "The Baltic Times", 2023, "A new port"))
                .isEqualTo("baltic-2023-port");
        assertThat(CitationKeys.base(null, null, 2022, "…")).isEqualTo("source-2022");
    }

    @Test
    void collisions_get_a_numeric_suffix() {
        assertThat(CitationKeys.candidate("varga-2025-keleva", 1)).isEqualTo("varga-2025-keleva");
        assertThat(CitationKeys.candidate("varga-2025-keleva", 2)).isEqualTo("varga-2025-keleva-2");
    }

    @Test
    void keys_are_lower_case_ascii_words_joined_by_single_dashes() {
        assertThat(CitationKeys.isValid("singh-2024-supply")).isTrue();
        assertThat(CitationKeys.isValid("Singh-2024")).isFalse();
        assertThat(CitationKeys.isValid("singh--2024")).isFalse();
        assertThat(CitationKeys.isValid("singh-2024-")).isFalse();
        assertThat(CitationKeys.isValid("sin\u202Egh")).isFalse();
        assertThat(CitationKeys.isValid("a")).isFalse();
        assertThat(CitationKeys.isValid("x".repeat(81))).isFalse();
    }

    @Test
    void long_inputs_give_keys_within_the_limit() {
        String key = CitationKeys.base("A" + "b".repeat(200), null, 2024, "c".repeat(300));
        assertThat(key.length()).isLessThanOrEqualTo(CitationKeys.MAX_LENGTH - 4);
        assertThat(CitationKeys.isValid(CitationKeys.candidate(key, 999))).isTrue();
    }
}
