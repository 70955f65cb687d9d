package org.briefdesk.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyJudgmentsTest {

    private static final KeyJudgment REOPENS =
            new KeyJudgment("a1", "The port reopens in May [@wire; @gazette].", "likely", Confidence.MODERATE);
    private static final KeyJudgment STRIKE =
            new KeyJudgment("b2", "Pilots strike again [@wire].", "unlikely", Confidence.LOW);

    @Test
    void judgments_are_stored_one_per_line_and_read_back_as_they_were() {
        KeyJudgment unfinished = new KeyJudgment("c3", "Still\tbeing\nwritten", null, null);

        String stored = KeyJudgments.encode(List.of(REOPENS, STRIKE, unfinished));

        assertThat(stored.lines()).hasSize(3);
        assertThat(KeyJudgments.decode(stored))
                .containsExactly(REOPENS, STRIKE, new KeyJudgment("c3", "Still being written", null, null));
        assertThat(KeyJudgments.decode(null)).isEmpty();
    }

    @Test
    void the_section_leads_with_each_judgments_likelihood_and_confidence_and_names_the_yardstick() {
        assertThat(KeyJudgments.withBody(Yardstick.PHIA, List.of(REOPENS), "Body."))
                .isEqualTo("""
                        ## Key judgments

                        1. **Likely**, moderate confidence: The port reopens in May [@wire; @gazette].

                        *Likelihood on the PHIA probability yardstick.*

                        Body.""");
        assertThat(KeyJudgments.withBody(Yardstick.PHIA, List.of(), "Body.")).isEqualTo("Body.");
    }

    @Test
    void judgments_resting_on_one_source_are_named_under_the_sources() {
        assertThat(KeyJudgments.restingOnOneSource(List.of(REOPENS, STRIKE))).containsExactly(2);
        assertThat(KeyJudgments.singleSourceNote(List.of(STRIKE, REOPENS, STRIKE)))
                .contains("Resting on a single source: key judgments 1 and 3.");
        assertThat(KeyJudgments.singleSourceNote(List.of(REOPENS))).isEmpty();
    }

    @Test
    void changes_between_editions_are_added_dropped_or_a_changed_likelihood_or_confidence() {
        KeyJudgment surer = REOPENS.withConfidence(Confidence.HIGH).withText("The port reopens in May.");
        KeyJudgment reworded = STRIKE.withText("Pilots will strike again.");
        KeyJudgment added = new KeyJudgment("d4", "Shipping rates fall.", "very likely", Confidence.HIGH);

        List<JudgmentChange> changes = KeyJudgments.changes(List.of(REOPENS, STRIKE), List.of(surer, added));

        assertThat(changes)
                .extracting(JudgmentChange::kind, JudgmentChange::describe)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(JudgmentChange.Kind.CHANGED, "Confidence moderate → high"),
                        org.assertj.core.groups.Tuple.tuple(
                                JudgmentChange.Kind.ADDED, "Added (very likely, high confidence)"),
                        org.assertj.core.groups.Tuple.tuple(
                                JudgmentChange.Kind.DROPPED, "Dropped (unlikely, low confidence)"));
        assertThat(KeyJudgments.changes(List.of(STRIKE), List.of(reworded)))
                .as("a new wording alone is not a changed judgment")
                .isEmpty();
        assertThat(KeyJudgments.changes(List.of(REOPENS), List.of(REOPENS.withLikelihood("very likely"))))
                .extracting(JudgmentChange::describe)
                .containsExactly("Likelihood likely → very likely");
    }

    @Test
    void a_plain_sentence_has_no_citations() {
        assertThat(KeyJudgments.plain(REOPENS.text())).isEqualTo("The port reopens in May.");
    }
}
