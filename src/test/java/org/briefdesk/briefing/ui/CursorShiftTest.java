package org.briefdesk.briefing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the cursor goes when a co-author's save replaces the text of a clean editor. */
class CursorShiftTest {

    private static final String TEXT = "Pilots stopped work.\n\nTalks are on Thursday.";

    @Test
    void text_inserted_before_the_cursor_moves_it_by_the_length_inserted() {
        String after = "Harbour " + TEXT;
        int cursor = TEXT.indexOf("Thursday");
        assertThat(MarkdownText.shiftedOffset(TEXT, after, cursor)).isEqualTo(after.indexOf("Thursday"));
    }

    @Test
    void text_changed_after_the_cursor_leaves_it_where_it_is() {
        String after = TEXT.replace("Thursday", "Friday");
        assertThat(MarkdownText.shiftedOffset(TEXT, after, 6)).isEqualTo(6);
    }

    @Test
    void a_cursor_inside_a_replaced_stretch_goes_to_the_end_of_the_new_text_there() {
        String after = TEXT.replace("on Thursday", "next week");
        int cursor = TEXT.indexOf("Thursday") + 3;
        assertThat(MarkdownText.shiftedOffset(TEXT, after, cursor)).isEqualTo(after.indexOf("week") + 4);
    }

    @Test
    void an_offset_at_the_end_stays_before_text_added_after_it_and_within_an_emptied_text() {
        assertThat(MarkdownText.shiftedOffset(TEXT, "", 10)).isZero();
        assertThat(MarkdownText.shiftedOffset(TEXT, TEXT + " More.", 999)).isEqualTo(TEXT.length());
    }
}
