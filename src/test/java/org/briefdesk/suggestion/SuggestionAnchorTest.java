package org.briefdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionAnchorTest {

    private static final String TEXT = "Grain exports are likely to rise this year, the ministry says.\n\n"
            + "Fertiliser prices fell by a third in the spring.";

    private static SuggestionAnchor on(String text, String passage) {
        int start = text.indexOf(passage);
        return SuggestionAnchor.capture(text, start, start + passage.length());
    }

    @Test
    void a_suggestion_applies_where_it_was_made() {
        assertThat(on(TEXT, "likely").apply(TEXT, "unlikely")).contains(TEXT.replace("are likely", "are unlikely"));
    }

    @Test
    void it_follows_unrelated_edits_elsewhere() {
        SuggestionAnchor anchor = on(TEXT, "a third");
        String edited = "Summary first.\n\n" + TEXT.replace("Grain exports", "Wheat exports");

        assertThat(anchor.apply(edited, "half")).contains(edited.replace("by a third", "by half"));
    }

    @Test
    void when_its_passage_changed_it_is_outdated_and_applies_nowhere() {
        SuggestionAnchor anchor = on(TEXT, "likely");
        String edited = TEXT.replace("are likely to rise", "are expected to rise");

        assertThat(anchor.locate(edited)).isEmpty();
        assertThat(anchor.apply(edited, "unlikely")).isEmpty();
    }

    @Test
    void when_the_words_right_next_to_it_changed_it_is_outdated() {
        SuggestionAnchor anchor = on(TEXT, "likely");

        assertThat(anchor.locate(TEXT.replace("to rise this", "to fall this"))).isEmpty();
    }

    @Test
    void the_same_words_in_the_same_surroundings_twice_are_never_guessed_between() {
        String text = "Prices are likely to rise this year. Prices are likely to rise this year.";
        int second = text.lastIndexOf("likely");
        SuggestionAnchor anchor = SuggestionAnchor.capture(text, second, second + "likely".length());

        assertThat(anchor.locate(text)).contains(new SuggestionAnchor.Place(second, second + 6));
        String doubled = "Prices are likely to rise this year. " + text;
        assertThat(anchor.locate(doubled)).isEmpty();
    }

    @Test
    void insertions_at_the_start_and_at_the_end_of_the_text() {
        SuggestionAnchor atEnd = SuggestionAnchor.capture(TEXT, TEXT.length(), TEXT.length());
        SuggestionAnchor atStart = SuggestionAnchor.capture(TEXT, 0, 0);

        assertThat(atEnd.apply(TEXT, " More later.")).contains(TEXT + " More later.");
        assertThat(atStart.apply(TEXT, "Note: ")).contains("Note: " + TEXT);
        assertThat(atEnd.locate(TEXT + " Someone else added this.")).isEmpty();
        assertThat(atStart.locate("Someone else began. " + TEXT)).isEmpty();
    }

    @Test
    void a_suggestion_inside_a_quotation_changes_only_the_quoted_word() {
        String text = "The minister said \"exports will grow steadily\" [@ministry-2025].";
        SuggestionAnchor anchor = on(text, "steadily");

        assertThat(anchor.apply(text, "slowly"))
                .contains("The minister said \"exports will grow slowly\" [@ministry-2025].");
    }

    @Test
    void two_reviewers_on_the_same_words_once_one_is_accepted_the_other_is_outdated() {
        SuggestionAnchor erins = on(TEXT, "likely");
        SuggestionAnchor franks = on(TEXT, "likely");
        String accepted = erins.apply(TEXT, "unlikely").orElseThrow();

        assertThat(franks.locate(accepted)).isEmpty();
    }

    @Test
    void adjacent_suggestions_apply_together() {
        String text = "Exports rose sharply.";
        var first = new SuggestionText.Edit(on(text, "rose"), "fell");
        var second = new SuggestionText.Edit(on(text, "sharply"), "slightly");

        assertThat(SuggestionText.applied(text, List.of(second, first))).contains("Exports fell slightly.");
    }

    @Test
    void overlapping_or_outdated_suggestions_are_not_applied_together() {
        String text = "Exports rose sharply.";
        var word = new SuggestionText.Edit(on(text, "rose"), "fell");
        var phrase = new SuggestionText.Edit(on(text, "rose sharply"), "stalled");
        var gone = new SuggestionText.Edit(on("Imports stalled.", "stalled"), "grew");

        assertThat(SuggestionText.applied(text, List.of(word, phrase))).isEmpty();
        assertThat(SuggestionText.applied(text, List.of(word, gone))).isEmpty();
    }
}
