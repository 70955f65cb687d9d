package org.briefdesk.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static final String BASE = String.join(
            "\n",
            "# Harbour strike",
            "",
            "Pilots stopped work on Monday.",
            "",
            "The port authority called talks for Thursday.",
            "",
            "Ferries run to the usual timetable.");

    private static String clean(String base, String theirs, String mine) {
        TextMerge merge = ThreeWayMerge.text(base, theirs, mine);
        assertThat(merge.conflicts()).as("conflicts").isEmpty();
        return merge.text();
    }

    @Test
    void changes_to_different_paragraphs_merge() {
        String theirs = BASE.replace("on Monday.", "on Monday at dawn.");
        String mine = BASE.replace("Ferries run", "Ferries still run");

        assertThat(clean(BASE, theirs, mine))
                .isEqualTo(
                        BASE.replace("on Monday.", "on Monday at dawn.").replace("Ferries run", "Ferries still run"));
    }

    @Test
    void insertions_at_both_ends_merge() {
        String theirs = "Updated 10:00.\n\n" + BASE;
        String mine = BASE + "\n\nSources: port authority.";

        assertThat(clean(BASE, theirs, mine)).isEqualTo("Updated 10:00.\n\n" + BASE + "\n\nSources: port authority.");
        assertThat(clean(BASE, mine, theirs)).isEqualTo("Updated 10:00.\n\n" + BASE + "\n\nSources: port authority.");
    }

    @Test
    void the_same_line_changed_identically_on_both_sides_merges_once() {
        String both = BASE.replace("Thursday", "Friday");

        assertThat(clean(BASE, both, both)).isEqualTo(both);
    }

    @Test
    void an_identical_change_next_to_a_change_elsewhere_merges() {
        String theirs = BASE.replace("Thursday", "Friday");
        String mine = BASE.replace("Thursday", "Friday").replace("# Harbour strike", "# Harbour pilots' strike");

        assertThat(clean(BASE, theirs, mine)).isEqualTo(mine);
    }

    @Test
    void one_side_unchanged_takes_the_other_side_exactly() {
        String changed = "Totally\nnew\ntext\n";

        assertThat(clean(BASE, BASE, changed)).isEqualTo(changed);
        assertThat(clean(BASE, changed, BASE)).isEqualTo(changed);
    }

    @Test
    void different_changes_to_the_same_sentence_conflict_and_keep_both_sides() {
        String theirs = BASE.replace("Thursday", "Friday");
        String mine = BASE.replace("Thursday", "next week");

        TextMerge merge = ThreeWayMerge.text(BASE, theirs, mine);

        assertThat(merge.clean()).isFalse();
        assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.base()).containsExactly("The port authority called talks for Thursday.");
            assertThat(conflict.theirs()).containsExactly("The port authority called talks for Friday.");
            assertThat(conflict.mine()).containsExactly("The port authority called talks for next week.");
        });
        assertThat(merge.keepingMine()).isEqualTo(mine);
        assertThat(merge.keepingTheirs()).isEqualTo(theirs);
        assertThatThrownBy(merge::text).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_text_outside_a_conflict_is_merged() {
        String theirs = BASE.replace("Thursday", "Friday").replace("# Harbour strike", "# Strike");
        String mine = BASE.replace("Thursday", "next week").replace("usual timetable", "winter timetable");

        TextMerge merge = ThreeWayMerge.text(BASE, theirs, mine);

        assertThat(merge.conflicts()).hasSize(1);
        assertThat(merge.resolve(List.of(List.of("Talks: undecided."))))
                .isEqualTo(String.join(
                        "\n",
                        "# Strike",
                        "",
                        "Pilots stopped work on Monday.",
                        "",
                        "Talks: undecided.",
                        "",
                        "Ferries run to the winter timetable."));
    }

    @Test
    void overlapping_edits_of_different_sizes_conflict_as_one_hunk() {
        String base = "a\nb\nc\nd\ne";
        String theirs = "a\nB\nC\nd\ne";
        String mine = "a\nb\nC2\nD2\ne";

        TextMerge merge = ThreeWayMerge.text(base, theirs, mine);

        assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.base()).containsExactly("b", "c", "d");
            assertThat(conflict.theirs()).containsExactly("B", "C", "d");
            assertThat(conflict.mine()).containsExactly("b", "C2", "D2");
        });
        assertThat(merge.chunks().getFirst()).isEqualTo(new TextMerge.Agreed(List.of("a")));
        assertThat(merge.chunks().getLast()).isEqualTo(new TextMerge.Agreed(List.of("e")));
    }

    @Test
    void two_different_insertions_at_the_same_place_conflict_and_a_shared_blank_line_is_agreed() {
        TextMerge merge = ThreeWayMerge.text("Intro.", "Intro.\n\nTheirs.", "Intro.\n\nMine.");

        assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.theirs()).containsExactly("Theirs.");
            assertThat(conflict.mine()).containsExactly("Mine.");
        });
        assertThat(merge.keepingMine()).isEqualTo("Intro.\n\nMine.");
        assertThat(merge.resolve(List.of(List.of("Theirs.", "", "Mine.")))).isEqualTo("Intro.\n\nTheirs.\n\nMine.");
    }

    @Test
    void a_deleted_paragraph_merges_with_an_edit_elsewhere_but_conflicts_with_an_edit_of_itself() {
        String deleted = BASE.replace("Pilots stopped work on Monday.\n\n", "");

        assertThat(clean(BASE, deleted, BASE.replace("Ferries", "All ferries")))
                .isEqualTo(deleted.replace("Ferries", "All ferries"));

        TextMerge edited = ThreeWayMerge.text(BASE, deleted, BASE.replace("Pilots", "Harbour pilots"));
        assertThat(edited.conflicts())
                .singleElement()
                .satisfies(conflict -> assertThat(conflict.mineText()).contains("Harbour pilots stopped work"));
    }

    @Test
    void a_moved_paragraph_merges_with_an_edit_of_a_paragraph_it_did_not_touch() {
        String base = "One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.";
        String theirs = "Two.\n\nThree.\n\nFour.\n\nFive.\n\nOne.";
        String mine = "One.\n\nTwo.\n\nThree, edited.\n\nFour.\n\nFive.";

        assertThat(clean(base, theirs, mine)).isEqualTo("Two.\n\nThree, edited.\n\nFour.\n\nFive.\n\nOne.");
    }

    @Test
    void moving_a_paragraph_the_other_side_edited_conflicts_rather_than_dropping_the_edit() {
        String base = "One.\n\nTwo.\n\nThree.\n\nFour.";
        String theirs = "Two.\n\nThree.\n\nFour.\n\nOne.";
        String mine = "One, edited.\n\nTwo.\n\nThree.\n\nFour.";

        TextMerge merge = ThreeWayMerge.text(base, theirs, mine);

        assertThat(merge.clean()).isFalse();
        assertThat(merge.conflicts())
                .anySatisfy(conflict -> assertThat(conflict.mine()).contains("One, edited."));
    }

    @Test
    void an_empty_base_merges_one_sided_and_identical_texts_and_conflicts_on_different_ones() {
        assertThat(clean("", "", "New text.")).isEqualTo("New text.");
        assertThat(clean("", "New text.", "")).isEqualTo("New text.");
        assertThat(clean("", "Same.\n", "Same.\n")).isEqualTo("Same.\n");
        assertThat(clean("", "", "")).isEmpty();

        TextMerge merge = ThreeWayMerge.text("", "Theirs.", "Mine.");
        assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.base()).isEmpty();
            assertThat(conflict.theirs()).containsExactly("Theirs.");
            assertThat(conflict.mine()).containsExactly("Mine.");
        });
    }

    @Test
    void everything_deleted_on_one_side_and_untouched_on_the_other_stays_deleted() {
        assertThat(clean(BASE, "", BASE)).isEmpty();
    }

    @Test
    void windows_line_breaks_are_the_same_lines_as_unix_ones() {
        String windows = BASE.replace("\n", "\r\n");
        String mine = BASE.replace("Ferries run", "Ferries still run");

        assertThat(clean(BASE, windows, mine)).isEqualTo(mine);
        assertThat(clean(windows, windows.replace("Monday", "Tuesday"), mine))
                .isEqualTo(mine.replace("Monday", "Tuesday"));
        assertThat(clean("a\rb", "a\rb", "a\rB")).isEqualTo("a\nB");
    }

    @Test
    void a_final_line_break_added_or_dropped_on_one_side_never_conflicts_with_an_edit() {
        assertThat(clean("a\nb", "a\nb\n", "a\nB")).isEqualTo("a\nB\n");
        assertThat(clean("a\nb\n", "a\nb", "A\nb\n")).isEqualTo("A\nb");
        assertThat(clean("a\nb\n", "a\nb\n", "a\nb")).isEqualTo("a\nb");
        assertThat(clean("a", "a\n", "a\n")).isEqualTo("a\n");
    }

    @Test
    void blank_lines_and_an_empty_last_line_survive_a_merge() {
        assertThat(clean("a\n\n\nb\n\n", "a\n\n\nb\n\n", "A\n\n\nb\n\n")).isEqualTo("A\n\n\nb\n\n");
    }

    @Test
    void a_very_long_document_with_scattered_edits_merges_quickly_and_exactly() {
        List<String> base = IntStream.range(0, 10_000)
                .mapToObj(i -> i % 2 == 1 ? "" : "Paragraph " + i + " of the long briefing.")
                .toList();
        List<String> theirs = new ArrayList<>(base);
        List<String> mine = new ArrayList<>(base);
        List<String> expected = new ArrayList<>(base);
        for (int i = 0; i < base.size(); i += 100) {
            theirs.set(i, base.get(i) + " Theirs.");
            expected.set(i, base.get(i) + " Theirs.");
            mine.set(i + 50, base.get(i + 50) + " Mine.");
            expected.set(i + 50, base.get(i + 50) + " Mine.");
        }

        String merged = assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> clean(String.join("\n", base), String.join("\n", theirs), String.join("\n", mine)));

        assertThat(merged).isEqualTo(String.join("\n", expected));
    }

    @Test
    void two_completely_rewritten_long_documents_conflict_without_a_quadratic_blow_up() {
        String base = IntStream.range(0, 10_000).mapToObj(i -> "base " + i).collect(Collectors.joining("\n"));
        String theirs = IntStream.range(0, 10_000).mapToObj(i -> "theirs " + i).collect(Collectors.joining("\n"));
        String mine = IntStream.range(0, 10_000).mapToObj(i -> "mine " + i).collect(Collectors.joining("\n"));

        TextMerge merge =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ThreeWayMerge.text(base, theirs, mine));

        assertThat(merge.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.theirs()).hasSize(10_000);
            assertThat(conflict.mine()).hasSize(10_000);
        });
        assertThat(merge.keepingMine()).isEqualTo(mine);
    }

    @Test
    void a_long_document_in_reverse_order_is_a_conflict_found_in_reasonable_time() {
        List<String> lines =
                IntStream.range(0, 10_000).mapToObj(i -> "Line " + i).toList();
        String base = String.join("\n", lines);
        String theirs = String.join("\n", lines.reversed());
        String mine = base.replace("Line 5000", "Line five thousand");

        TextMerge merge =
                assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ThreeWayMerge.text(base, theirs, mine));

        assertThat(merge.clean()).isFalse();
        assertThat(merge.keepingMine()).contains("Line five thousand");
    }

    @Test
    void random_edits_never_lose_a_line_and_one_sided_merges_are_exact() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            List<String> base = randomLines(random);
            String baseText = String.join("\n", base);
            String theirs = String.join("\n", edit(random, base, "t" + round));
            String mine = String.join("\n", edit(random, base, "m" + round));

            assertThat(clean(baseText, baseText, mine)).isEqualTo(mine);
            assertThat(clean(baseText, theirs, baseText)).isEqualTo(theirs);
            assertThat(clean(baseText, mine, mine)).isEqualTo(mine);

            // Whatever the outcome, every line each side added is in the merge or in a conflict.
            TextMerge merge = ThreeWayMerge.text(baseText, theirs, mine);
            String withBoth = merge.resolve(merge.conflicts().stream()
                    .map(conflict -> {
                        List<String> both = new ArrayList<>(conflict.theirs());
                        both.addAll(conflict.mine());
                        return (List<String>) both;
                    })
                    .toList());
            Set<String> mergedLines = new LinkedHashSet<>(TextMerge.lines(withBoth));
            for (String side : List.of(theirs, mine)) {
                for (String line : TextMerge.lines(side)) {
                    if (!base.contains(line)) {
                        assertThat(mergedLines).as("round %d", round).contains(line);
                    }
                }
            }
        }
    }

    private static List<String> randomLines(Random random) {
        int size = random.nextInt(12);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            lines.add(random.nextInt(4) == 0 ? "" : "line " + random.nextInt(8));
        }
        return lines;
    }

    private static List<String> edit(Random random, List<String> base, String tag) {
        List<String> lines = new ArrayList<>(base);
        int edits = random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
            switch (random.nextInt(3)) {
                case 0 -> lines.add(at, tag + " added " + e);
                case 1 -> {
                    if (!lines.isEmpty()) {
                        lines.remove(at);
                    }
                }
                default -> {
                    if (!lines.isEmpty()) {
                        lines.set(at, tag + " changed " + e);
                    }
                }
            }
        }
        return lines;
    }

    @Test
    void a_value_takes_the_side_that_changed_and_conflicts_when_both_changed_differently() {
        assertThat(ThreeWayMerge.value("A", "A", "B")).isEqualTo(new ValueMerge.Merged<>("B"));
        assertThat(ThreeWayMerge.value("A", "B", "A")).isEqualTo(new ValueMerge.Merged<>("B"));
        assertThat(ThreeWayMerge.value("A", "B", "B")).isEqualTo(new ValueMerge.Merged<>("B"));
        assertThat(ThreeWayMerge.value(null, null, "B")).isEqualTo(new ValueMerge.Merged<>("B"));
        assertThat(ThreeWayMerge.value("A", "B", null)).isEqualTo(new ValueMerge.Conflict<>("A", "B", null));
        assertThat(ThreeWayMerge.value("A", "B", "C").conflicting()).isTrue();
    }

    @Test
    void a_set_keeps_what_either_side_added_and_drops_what_either_side_removed() {
        Set<String> base = Set.of("ports", "strikes", "ferries");
        Set<String> theirs = Set.of("ports", "strikes", "ferries", "pilots");
        Set<String> mine = Set.of("ports", "ferries", "weather");

        assertThat(ThreeWayMerge.set(base, theirs, mine))
                .containsExactlyInAnyOrder("ports", "ferries", "pilots", "weather");
        assertThat(ThreeWayMerge.set(Set.of(), Set.of("a"), Set.of("a", "b"))).containsExactlyInAnyOrder("a", "b");
        assertThat(ThreeWayMerge.set(Set.of("a"), Set.of(), Set.of())).isEmpty();
    }
}
