package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "No comments:",
                "no comments",
                "Post a Comment",
                "POST A COMMENT",
                "Newer Post",
                "Older Post",
                "Newer Post Older Post Home",
                "Subscribe to: Post Comments (Atom)",
                "Share this:",
                "Share this article",
                "Share on Facebook",
                "Share on Twitter",
                "Share on X",
                "Share on LinkedIn",
                "Share on WhatsApp",
                "Email This BlogThis! Share to X Share to Facebook Share to Pinterest",
                "Email This",
                "BlogThis!",
                "Click here to subscribe",
                "Subscribe to our newsletter",
                "Follow us on Twitter",
                "Follow us on Facebook, Instagram and @kessmarledger",
                "Print this article",
                "Labels: defence, India, Japan",
                "Posted by Defence Desk at 10:14 AM",
                "3 comments:",
                "1 comment:",
                "Leave a comment",
                "Related posts",
                "Advertisement",
                "\t  Advertisement \u00A0 ",
            })
    void a_boilerplate_line_is_stripped(String line) {
        Boilerplate.Result result = Boilerplate.strip("Real text.\n" + line + "\nMore text.");

        assertThat(result.text()).isEqualTo("Real text.\nMore text.");
        assertThat(result.strippedLines())
                .containsExactly(line.replace('\u00A0', ' ').strip());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The ministry declined to comment on the number of vessels.",
                "No comments were made by either minister.",
                "Readers may post a comment below, the editor wrote, but few did.",
                "Share this with your colleagues, he urged the delegates.",
                "Follow us on this journey, said the minister.",
                "Posted by the ministry at the weekend, the notice drew little attention.",
                "Advertisement revenue fell by a third in 2024.",
                "Related posts on the forum were deleted within hours.",
            })
    void a_line_of_prose_that_mentions_the_same_words_stays(String line) {
        Boilerplate.Result result = Boilerplate.strip(line);

        assertThat(result.text()).isEqualTo(line);
        assertThat(result.strippedLines()).isEmpty();
    }

    @Test
    void stripped_lines_are_reported_in_order_as_they_read() {
        Boilerplate.Result result =
                Boilerplate.strip("Title\r\nAdvertisement\r\nBody\r\n  No comments:  \r\nPost a Comment");

        assertThat(result.strippedLines()).containsExactly("Advertisement", "No comments:", "Post a Comment");
        assertThat(result.text()).isEqualTo("Title\nBody");
    }

    @Test
    void blank_lines_and_layout_of_the_rest_are_kept() {
        Boilerplate.Result result = Boilerplate.strip("\nOne.\n\n  Two.\nShare this:\n\nThree.");

        assertThat(result.text()).isEqualTo("\nOne.\n\n  Two.\n\nThree.");
    }
}
