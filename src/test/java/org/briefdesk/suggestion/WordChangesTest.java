package org.briefdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefdesk.suggestion.WordChanges.Change;
import org.junit.jupiter.api.Test;

class WordChangesTest {

    @Test
    void a_changed_word_in_a_sentence_is_one_small_change() {
        String before = "Grain exports are likely to rise this year.";
        String after = "Grain exports are unlikely to rise this year.";

        assertThat(WordChanges.between(before, after)).containsExactly(new Change(18, 24, "likely", "unlikely"));
    }

    @Test
    void changes_apart_from_each_other_are_separate_suggestions() {
        String before = "Alpha rose in March. Beta fell in May.";
        String after = "Gamma rose in March. Beta fell in June.";

        assertThat(WordChanges.between(before, after))
                .containsExactly(new Change(0, 5, "Alpha", "Gamma"), new Change(34, 37, "May", "June"));
    }

    @Test
    void neighbouring_words_changed_together_are_one_change() {
        assertThat(WordChanges.between("It is very likely now.", "It is quite possible now."))
                .containsExactly(new Change(6, 17, "very likely", "quite possible"));
    }

    @Test
    void insertions_at_either_end_of_the_text() {
        assertThat(WordChanges.between("Prices rose.", "Prices rose. Wages did not."))
                .containsExactly(new Change(12, 12, "", " Wages did not."));
        assertThat(WordChanges.between("Prices rose.", "In May, prices rose."))
                .containsExactly(new Change(0, 6, "Prices", "In May, prices"));
        assertThat(WordChanges.between("", "New text.")).containsExactly(new Change(0, 0, "", "New text."));
    }

    @Test
    void a_sentence_added_after_the_last_one_is_inserted_after_its_full_stop() {
        assertThat(WordChanges.between("Beta follows closely.", "Beta follows closely. Delta rises."))
                .containsExactly(new Change(21, 21, "", " Delta rises."));
        assertThat(WordChanges.between("One. Two.", "One. Three. Two."))
                .containsExactly(new Change(5, 5, "", "Three. "));
    }

    @Test
    void a_deleted_word_and_an_inserted_one() {
        assertThat(WordChanges.between("A very fast rise.", "A fast rise."))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.replacement()).isEmpty();
                    assertThat(change.original().strip()).isEqualTo("very");
                });
        List<Change> inserted = WordChanges.between("A fast rise.", "A fast and steady rise.");
        assertThat(inserted).singleElement().satisfies(change -> {
            assertThat(change.start()).isEqualTo(change.end());
            assertThat(change.replacement().strip()).isEqualTo("and steady");
        });
    }

    @Test
    void punctuation_stays_out_of_the_changed_word() {
        assertThat(WordChanges.between("It rose.", "It fell.")).containsExactly(new Change(3, 7, "rose", "fell"));
    }

    @Test
    void a_word_inside_a_quotation_is_one_change_too() {
        String before = "The minister said \"exports will grow steadily\" [@ministry-2025].";
        String after = "The minister said \"exports will grow slowly\" [@ministry-2025].";

        assertThat(WordChanges.between(before, after)).containsExactly(new Change(37, 45, "steadily", "slowly"));
    }

    @Test
    void the_same_text_has_no_changes_and_every_change_rebuilds_the_new_text() {
        assertThat(WordChanges.between("Same text.\n", "Same text.\n")).isEmpty();
        String before = "One two three.\n\nFour five six.";
        String after = "One 2 three!\n\nFour six. Seven.";
        String rebuilt = before;
        for (Change change : WordChanges.between(before, after).reversed()) {
            assertThat(before.substring(change.start(), change.end())).isEqualTo(change.original());
            rebuilt = rebuilt.substring(0, change.start()) + change.replacement() + rebuilt.substring(change.end());
        }
        assertThat(rebuilt).isEqualTo(after);
    }

    @Test
    void words_changed_far_apart_in_a_long_text_are_each_their_own_small_change() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append("Paragraph ").append(i).append(" says the harbour reopened on Monday.\n\n");
        }
        String before = text.toString();
        String after = before.replace("Paragraph 3 says the harbour", "Paragraph 3 says the port")
                .replace(
                        "Paragraph 390 says the harbour reopened on Monday",
                        "Paragraph 390 says the harbour reopened on Friday");

        List<Change> changes = WordChanges.between(before, after);

        assertThat(changes)
                .extracting(Change::original, Change::replacement)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("harbour", "port"),
                        org.assertj.core.groups.Tuple.tuple("Monday", "Friday"));
    }
}
