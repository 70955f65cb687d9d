package org.briefdesk.briefing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BrowserCopyTest {

    @Test
    void a_kept_copy_reads_back_with_its_title_text_base_and_time() {
        assertThat(BrowserCopy.parse("{\"t\":\"Title\",\"b\":\"Line one.\\n\\nLine two.\",\"base\":42,\"at\":1000}"))
                .contains(new BrowserCopy.Kept("Title", "Line one.\n\nLine two.", 42, Instant.ofEpochMilli(1000)));
    }

    @Test
    void nothing_unreadable_or_without_its_base_is_offered_back() {
        assertThat(BrowserCopy.parse(null)).isEmpty();
        assertThat(BrowserCopy.parse("")).isEmpty();
        assertThat(BrowserCopy.parse("not json")).isEmpty();
        // Restored on an unknown base, the text would be saved as if written on the latest revision.
        assertThat(BrowserCopy.parse("{\"t\":\"T\",\"b\":\"B\",\"base\":null,\"at\":1}"))
                .isEmpty();
        assertThat(BrowserCopy.parse("{\"t\":\"T\",\"b\":\"B\",\"base\":\"42\",\"at\":1}"))
                .isEmpty();
        assertThat(BrowserCopy.parse("{\"t\":\"T\",\"base\":42,\"at\":1}")).isEmpty();
    }

    @Test
    void the_time_since_reads_as_people_say_it() {
        assertThat(RestoreKeptDialog.ago(java.time.Duration.ofSeconds(20))).isEqualTo("less than a minute ago");
        assertThat(RestoreKeptDialog.ago(java.time.Duration.ofMinutes(1))).isEqualTo("1 minute ago");
        assertThat(RestoreKeptDialog.ago(java.time.Duration.ofMinutes(59))).isEqualTo("59 minutes ago");
        assertThat(RestoreKeptDialog.ago(java.time.Duration.ofHours(3))).isEqualTo("3 hours ago");
        assertThat(RestoreKeptDialog.ago(java.time.Duration.ofDays(3))).isEqualTo("3 days ago");
    }
}
