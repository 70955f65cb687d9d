package org.briefdesk.suggestion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.briefdesk.citation.HtmlSanitizer;
import org.briefdesk.suggestion.SuggestionAnchor;
import org.briefdesk.suggestion.SuggestionDetails;
import org.briefdesk.suggestion.SuggestionState;
import org.junit.jupiter.api.Test;

class SuggestionMarksTest {

    private static SuggestionDetails suggestion(String text, String passage, String replacement, String by) {
        int start = text.indexOf(passage);
        SuggestionAnchor anchor = SuggestionAnchor.capture(text, start, start + passage.length());
        return new SuggestionDetails(
                1,
                anchor.original(),
                replacement,
                anchor.before(),
                anchor.after(),
                null,
                by,
                by,
                Instant.parse("2026-12-04T10:00:00Z"),
                SuggestionState.PENDING,
                null,
                null,
                null,
                null,
                false);
    }

    /** What the pipeline does with the marked text, as far as these tests need: a paragraph per block. */
    private static String render(String markdown) {
        StringBuilder html = new StringBuilder();
        for (String block : markdown.split("\n\n")) {
            html.append("<p>").append(HtmlSanitizer.escapeText(block)).append("</p>");
        }
        return html.toString();
    }

    @Test
    void a_replacement_shows_the_deleted_and_the_inserted_words_each_saying_who_suggested_them() {
        String text = "Exports rose sharply.";
        var marks = SuggestionMarks.of(
                        text, List.of(suggestion(text, "rose", "fell", "Erin")), s -> "By " + s.authorName())
                .orElseThrow();

        assertThat(marks.html(render(marks.markdown())))
                .isEqualTo("<p>Exports <span class=\"bd-suggested-delete\" title=\"By Erin\">rose</span>"
                        + "<span class=\"bd-suggested-insert\" title=\"By Erin\">fell</span> sharply.</p>");
    }

    @Test
    void a_mark_across_paragraphs_is_closed_and_opened_again_around_them() {
        String text = "First.\n\nSecond.";
        var marks = SuggestionMarks.of(
                        text, List.of(suggestion(text, "Second.", "Second.\n\nThird.", "Erin")), s -> "Erin")
                .orElseThrow();

        String html = marks.html(render(marks.markdown()));

        assertThat(html).contains("<span class=\"bd-suggested-insert\" title=\"Erin\">Second.</span></p>");
        assertThat(html).contains("<p><span class=\"bd-suggested-insert\" title=\"Erin\">Third.</span></p>");
    }

    @Test
    void names_and_notes_in_the_hover_text_cannot_become_markup() {
        String text = "Exports rose.";
        var marks = SuggestionMarks.of(
                        text,
                        List.of(suggestion(text, "rose", "fell", "x")),
                        s -> "\"><script>alert(1)</script><b x=\"")
                .orElseThrow();

        String html = marks.html(render(marks.markdown()));

        assertThat(html).doesNotContain("<script").doesNotContain("<b ");
        assertThat(html).contains("fell</span>");
    }

    @Test
    void outdated_and_overlapping_suggestions_are_not_marked() {
        String text = "Exports rose sharply.";
        var outdated = suggestion("Imports stalled.", "stalled", "grew", "Erin");
        var first = suggestion(text, "rose", "fell", "Erin");
        var overlapping = suggestion(text, "rose sharply", "stalled", "Frank");

        assertThat(SuggestionMarks.of(text, List.of(outdated), s -> "")).isEmpty();
        var marks = SuggestionMarks.of(text, List.of(first, overlapping), s -> s.authorName())
                .orElseThrow();
        assertThat(marks.html(render(marks.markdown())))
                .contains("title=\"Erin\"")
                .doesNotContain("Frank");
    }
}
