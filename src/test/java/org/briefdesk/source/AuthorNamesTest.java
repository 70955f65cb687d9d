package org.briefdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Authors as people type or import them, read into the names citation tools understand (issue #19). */
class AuthorNamesTest {

    @Test
    void given_family_and_family_comma_given_are_the_same_person() {
        assertThat(AuthorNames.parse("Lena Varga")).containsExactly(AuthorName.person("Lena", "", "Varga"));
        assertThat(AuthorNames.parse("Varga, Lena")).containsExactly(AuthorName.person("Lena", "", "Varga"));
    }

    @Test
    void a_comma_between_full_names_is_a_list() {
        assertThat(AuthorNames.parse("Priya Raman, Anders Holmgren"))
                .containsExactly(AuthorName.person("Priya", "", "Raman"), AuthorName.person("Anders", "", "Holmgren"));
    }

    @Test
    void semicolons_line_breaks_and_bibtex_and_separate_names() {
        List<AuthorName> expected = List.of(
                AuthorName.person("Priya", "", "Raman"),
                AuthorName.person("Anders", "", "Holmgren"),
                AuthorName.person("Lena", "", "Varga"));
        assertThat(AuthorNames.parse("Raman, Priya; Holmgren, Anders; Varga, Lena"))
                .isEqualTo(expected);
        assertThat(AuthorNames.parse("Raman, Priya and Holmgren, Anders and Varga, Lena"))
                .isEqualTo(expected);
        assertThat(AuthorNames.parse("Priya Raman\nAnders Holmgren\nLena Varga"))
                .isEqualTo(expected);
    }

    @Test
    void particles_stay_with_the_family_name() {
        AuthorName jan = AuthorName.person("Jan", "van der", "Berg");
        assertThat(AuthorNames.parse("Jan van der Berg")).containsExactly(jan);
        assertThat(AuthorNames.parse("van der Berg, Jan")).containsExactly(jan);
        assertThat(jan.display()).isEqualTo("Jan van der Berg");
        assertThat(AuthorNames.parse("Ludwig von Mises")).containsExactly(AuthorName.person("Ludwig", "von", "Mises"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ministry of Foreign Affairs of Hungary",
                "Reuters",
                "Agence France-Presse",
                "NATO",
                "The Editorial Board"
            })
    void organisations_and_single_names_stay_whole(String name) {
        assertThat(AuthorNames.parse(name)).containsExactly(AuthorName.literal(name));
    }

    @Test
    void braces_keep_any_name_whole() {
        assertThat(AuthorNames.parse("{Raman and Holmgren Consulting}; Lena Varga"))
                .containsExactly(
                        AuthorName.literal("Raman and Holmgren Consulting"), AuthorName.person("Lena", "", "Varga"));
    }

    @Test
    void non_latin_names() {
        assertThat(AuthorNames.parse("Пётр Ильич Чайковский"))
                .containsExactly(AuthorName.person("Пётр Ильич", "", "Чайковский"));
        assertThat(AuthorNames.parse("Чайковский, Пётр Ильич"))
                .containsExactly(AuthorName.person("Пётр Ильич", "", "Чайковский"));
        assertThat(AuthorNames.parse("毛泽东")).containsExactly(AuthorName.literal("毛泽东"));
        assertThat(AuthorNames.parse("Müller, Jürgen; Ólafsdóttir, Guðrún"))
                .containsExactly(
                        AuthorName.person("Jürgen", "", "Müller"), AuthorName.person("Guðrún", "", "Ólafsdóttir"));
    }

    @Test
    void the_stored_form_reads_back_to_the_same_names() {
        for (String typed : List.of(
                "Priya Raman, Anders Holmgren",
                "Jan van der Berg; Ministry of Foreign Affairs of Hungary; Reuters",
                "Пётр Ильич Чайковский and 毛泽東",
                "{Raman and Holmgren Consulting}")) {
            List<AuthorName> names = AuthorNames.parse(typed);
            assertThat(AuthorNames.parse(AuthorNames.canonical(names)))
                    .as(typed)
                    .isEqualTo(names);
        }
        assertThat(AuthorNames.canonical(AuthorNames.parse("Priya Raman, Anders Holmgren; Reuters")))
                .isEqualTo("Raman, Priya; Holmgren, Anders; {Reuters}");
    }

    @Test
    void readers_see_names_the_usual_way() {
        assertThat(AuthorNames.display(AuthorNames.parse("Raman, Priya; Holmgren, Anders; {Reuters}")))
                .isEqualTo("Priya Raman, Anders Holmgren and Reuters");
        assertThat(AuthorNames.display(AuthorNames.parse("Varga, Lena"))).isEqualTo("Lena Varga");
        assertThat(AuthorNames.parse("  ")).isEmpty();
    }
}
