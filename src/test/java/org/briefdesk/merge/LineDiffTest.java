package org.briefdesk.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    /** The length of a longest common subsequence, from the textbook table. */
    private static int lcsLength(int[] a, int[] b) {
        int[][] table = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }

    private static int[] random(Random random, int maxLength, int alphabet) {
        int[] values = new int[random.nextInt(maxLength + 1)];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(alphabet);
        }
        return values;
    }

    @Test
    void the_matches_are_a_longest_common_subsequence_of_random_sequences() {
        Random random = new Random(7);
        for (int round = 0; round < 3000; round++) {
            int[] a = random(random, 30, 1 + random.nextInt(6));
            int[] b = random(random, 30, 1 + random.nextInt(6));

            int[] match = LineDiff.match(a, b);

            int matched = 0;
            int last = -1;
            for (int i = 0; i < a.length; i++) {
                if (match[i] >= 0) {
                    assertThat(match[i]).as("partners increase").isGreaterThan(last);
                    assertThat(b[match[i]]).as("partners are equal").isEqualTo(a[i]);
                    last = match[i];
                    matched++;
                }
            }
            assertThat(matched).as("round %d", round).isEqualTo(lcsLength(a, b));
        }
    }

    @Test
    void empty_sequences_match_nothing() {
        assertThat(LineDiff.match(new int[0], new int[] {1, 2})).isEmpty();
        assertThat(LineDiff.match(new int[] {1, 2}, new int[0])).containsExactly(-1, -1);
    }
}
