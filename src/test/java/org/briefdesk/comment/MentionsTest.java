package org.briefdesk.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void mentions_are_user_names_after_an_at_sign_but_not_e_mail_addresses_or_citations() {
        assertThat(Mentions.in("@Alice and @bob. Mail erin@example.org, cite [@smith2020]."))
                .containsExactly("alice", "bob");
    }

    @Test
    void a_mention_being_typed_is_the_at_sign_and_the_letters_before_the_cursor() {
        String text = "Ask @al";
        assertThat(Mentions.typingAt(text, text.length())).hasValueSatisfying(typing -> {
            assertThat(typing.start()).isEqualTo(4);
            assertThat(typing.prefix()).isEqualTo("al");
        });
        assertThat(Mentions.typingAt("Ask @", 5))
                .hasValueSatisfying(typing -> assertThat(typing.prefix()).isEmpty());
        assertThat(Mentions.typingAt("@al", 3)).isPresent();
    }

    @Test
    void nothing_is_being_typed_after_a_space_inside_an_address_or_a_citation_or_with_the_cursor_elsewhere() {
        assertThat(Mentions.typingAt("Ask @al ", 8)).isEmpty();
        assertThat(Mentions.typingAt("erin@exa", 8)).isEmpty();
        assertThat(Mentions.typingAt("see [@smi", 9)).isEmpty();
        assertThat(Mentions.typingAt("@al and more", 12)).isEmpty();
        assertThat(Mentions.typingAt("@1", 2)).isEmpty();
        assertThat(Mentions.typingAt("@al", 7)).isEmpty();
    }

    @Test
    void completing_replaces_what_was_typed_with_the_user_name_and_one_space_and_the_cursor_goes_after_it() {
        String text = "Ask @al";
        Mentions.Completed completed =
                Mentions.typingAt(text, text.length()).orElseThrow().complete(text, "alice");

        assertThat(completed.text()).isEqualTo("Ask @alice ");
        assertThat(completed.caret()).isEqualTo("Ask @alice ".length());
        assertThat(Mentions.in(completed.text())).containsExactly("alice");
    }

    @Test
    void completing_before_a_space_or_punctuation_adds_no_second_space() {
        String text = "Ask @al about it";
        Mentions.Completed beforeSpace =
                Mentions.typingAt(text, 7).orElseThrow().complete(text, "alice");
        assertThat(beforeSpace.text()).isEqualTo("Ask @alice about it");
        assertThat(beforeSpace.caret()).isEqualTo("Ask @alice ".length());

        String comma = "Ask @al, please";
        Mentions.Completed beforeComma =
                Mentions.typingAt(comma, 7).orElseThrow().complete(comma, "alice");
        assertThat(beforeComma.text()).isEqualTo("Ask @alice, please");
        assertThat(beforeComma.caret()).isEqualTo("Ask @alice".length());
    }

    @Test
    void a_cursor_inside_a_name_completes_the_whole_name() {
        String text = "Ask @alx about it";
        Mentions.Typing typing = Mentions.typingAt(text, 7).orElseThrow();

        assertThat(typing.prefix()).isEqualTo("al");
        assertThat(typing.complete(text, "alice").text()).isEqualTo("Ask @alice about it");
    }
}
