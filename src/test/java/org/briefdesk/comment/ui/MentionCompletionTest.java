package org.briefdesk.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.briefdesk.user.UserDirectory.Person;
import org.junit.jupiter.api.Test;

class MentionCompletionTest {

    private static final List<Person> PEOPLE = List.of(
            new Person("alice", "Alice Moreau"),
            new Person("bob", "Bob Okafor"),
            new Person("erin", "Erin Alvarez"),
            new Person("t-editor", "Test editor"));

    @Test
    void people_match_by_the_start_of_their_user_name_or_of_a_word_of_their_name_user_names_first() {
        assertThat(MentionCompletion.matching(PEOPLE, "al"))
                .extracting(Person::username)
                .containsExactly("alice", "erin");
        assertThat(MentionCompletion.matching(PEOPLE, "OKA"))
                .extracting(Person::username)
                .containsExactly("bob");
        assertThat(MentionCompletion.matching(PEOPLE, "edi"))
                .extracting(Person::username)
                .containsExactly("t-editor");
        assertThat(MentionCompletion.matching(PEOPLE, "zed")).isEmpty();
    }

    @Test
    void an_at_sign_alone_offers_everyone_up_to_a_short_list() {
        assertThat(MentionCompletion.matching(PEOPLE, "")).hasSize(PEOPLE.size());
        List<Person> many = IntStream.range(0, 20)
                .mapToObj(i -> new Person("user" + i, "User " + i))
                .toList();
        assertThat(MentionCompletion.matching(many, "us")).hasSize(MentionCompletion.MAX_OFFERED);
    }
}
