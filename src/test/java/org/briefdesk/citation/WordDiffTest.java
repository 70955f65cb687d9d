package org.briefdesk.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static String join(List<WordDiff.Part> parts, WordDiff.Kind skipped) {
        return parts.stream()
                .filter(p -> p.kind() != skipped)
                .map(WordDiff.Part::text)
                .collect(Collectors.joining());
    }

    @Test
    void identical_texts_are_one_same_part() {
        assertThat(WordDiff.diff("a b c", "a b c")).containsExactly(new WordDiff.Part(WordDiff.Kind.SAME, "a b c"));
    }

    @Test
    void insertions_at_both_ends_and_a_replacement_in_the_middle() {
        List<WordDiff.Part> parts = WordDiff.diff("port opens Monday", "new port opens Tuesday now");

        assertThat(parts)
                .contains(
                        new WordDiff.Part(WordDiff.Kind.ADDED, "new "),
                        new WordDiff.Part(WordDiff.Kind.REMOVED, "Monday"));
        assertThat(join(parts, WordDiff.Kind.ADDED)).isEqualTo("port opens Monday");
        assertThat(join(parts, WordDiff.Kind.REMOVED)).isEqualTo("new port opens Tuesday now");
    }

    @Test
    void the_parts_always_join_back_to_both_texts() {
        Random random = new Random(42);
        String[] words = {"port ", "ship ", "EU ", "tide\n", "lock ", "crew  "};
        for (int round = 0; round < 200; round++) {
            String before = randomText(random, words);
            String after = randomText(random, words);
            List<WordDiff.Part> parts = WordDiff.diff(before, after);
            assertThat(join(parts, WordDiff.Kind.ADDED)).isEqualTo(before);
            assertThat(join(parts, WordDiff.Kind.REMOVED)).isEqualTo(after);
        }
    }

    @Test
    void a_200_kb_text_with_a_few_edits_diffs_quickly() {
        String before = "The harbour reopened after the storm. ".repeat(5_500);
        String after = before.substring(0, 100_000) + "A new sentence. " + before.substring(100_000);

        List<WordDiff.Part> parts =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> WordDiff.diff(before, after));
        assertThat(join(parts, WordDiff.Kind.ADDED)).isEqualTo(before);
        assertThat(join(parts, WordDiff.Kind.REMOVED)).isEqualTo(after);
    }

    private static String randomText(Random random, String[] words) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(words[random.nextInt(words.length)]);
        }
        return text.toString();
    }
}
