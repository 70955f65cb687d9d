package org.briefdesk.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnchorLocatorTest {

    private static final String TEXT =
            "Ports reopened on Monday. Talks resume on Thursday in Geneva. Ferries run again.";

    private static PassageAnchor anchorOn(String text, String passage) {
        int start = text.indexOf(passage);
        return PassageAnchor.capture(text, start, start + passage.length());
    }

    private static String found(String text, PassageAnchor anchor) {
        return AnchorLocator.locate(text, anchor)
                .map(range -> text.substring(range.start(), range.end()))
                .orElse("(detached)");
    }

    @Test
    void capture_keeps_the_exact_passage_and_32_characters_of_context_on_each_side() {
        String text = "x".repeat(40) + " The passage. " + "y".repeat(40);
        PassageAnchor anchor = PassageAnchor.capture(text, 40, 54);

        assertThat(anchor.quote()).isEqualTo("The passage.");
        assertThat(anchor.before()).hasSize(PassageAnchor.CONTEXT).endsWith("x ");
        assertThat(anchor.after()).hasSize(PassageAnchor.CONTEXT).startsWith(" y");
    }

    @Test
    void the_passage_is_found_again_after_text_is_inserted_before_it() {
        PassageAnchor anchor = anchorOn(TEXT, "Talks resume on Thursday");
        String edited = "A new opening paragraph.\n\n" + TEXT.replace("Monday.", "Monday morning, after a week.");

        assertThat(found(edited, anchor)).isEqualTo("Talks resume on Thursday");
        assertThat(AnchorLocator.locate(edited, anchor).orElseThrow().start())
                .isEqualTo(edited.indexOf("Talks resume"));
    }

    @Test
    void the_thread_is_detached_when_the_passage_is_deleted_or_changed() {
        PassageAnchor anchor = anchorOn(TEXT, "Talks resume on Thursday");

        assertThat(found(TEXT.replace(" Talks resume on Thursday in Geneva.", ""), anchor))
                .isEqualTo("(detached)");
        assertThat(found(TEXT.replace("Thursday", "Friday"), anchor)).isEqualTo("(detached)");
    }

    @Test
    void a_similar_passage_elsewhere_is_never_taken_for_the_deleted_one() {
        String text = TEXT + "\n\nLater: talks resume on Thursday, officials said.";
        PassageAnchor anchor = anchorOn(text, "Talks resume on Thursday");
        String edited = text.replace(" Talks resume on Thursday in Geneva.", "");

        assertThat(found(edited, anchor)).isEqualTo("(detached)");
    }

    @Test
    void the_same_words_in_other_surroundings_are_not_the_passage() {
        PassageAnchor anchor = anchorOn(TEXT, "Ferries run again.");
        String edited = "Nothing changed overnight; officials insist that Ferries run again. Or so they say.";

        assertThat(found(edited, anchor)).isEqualTo("(detached)");
    }

    @Test
    void of_two_identical_sentences_the_one_in_its_own_context_is_chosen() {
        String text = "In the north, the port is closed. In the south, the port is closed. End.";
        PassageAnchor second = anchorOn(text, "the port is closed. End");
        int southStart = text.indexOf("the port is closed", text.indexOf("south"));
        PassageAnchor south = PassageAnchor.capture(text, southStart, southStart + "the port is closed".length());
        String edited = "Update. " + text;

        assertThat(AnchorLocator.locate(edited, south).orElseThrow().start())
                .isEqualTo(edited.indexOf("the port is closed", edited.indexOf("south")));
        assertThat(found(edited, second)).isEqualTo("the port is closed. End");
    }

    @Test
    void mentions_are_user_names_after_an_at_sign_but_not_e_mail_addresses_or_citations() {
        assertThat(Mentions.in("Thanks @alice, and @Bob. Ask erin@example.org; see [@nakatani-2024]."))
                .containsExactly("alice", "bob");
        assertThat(Mentions.in("@carol-x? @d")).containsExactly("carol-x");
    }
}
