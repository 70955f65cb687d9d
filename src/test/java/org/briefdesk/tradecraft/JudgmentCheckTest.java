package org.briefdesk.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.Severity;
import org.briefdesk.citation.SourceInfo;
import org.briefdesk.citation.SourceLookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JudgmentCheckTest {

    /** A library of three sources with the grades analysts gave them. */
    private static final SourceLookup LIBRARY = new SourceLookup() {
        private final Map<String, String> grades = Map.of("wire", "B2", "blog", "E3", "rumour", "C6", "forum", "F5");

        @Override
        public Optional<SourceInfo> find(String key) {
            return Optional.ofNullable(grades.get(key))
                    .map(grade -> new SourceInfo(key, "Title of " + key, null, null, null, null, grade, 1, "text"));
        }

        @Override
        public List<SourceInfo> candidatesContaining(String quotation) {
            return List.of();
        }
    };

    private static List<Finding> check(Yardstick yardstick, KeyJudgment judgment) {
        return JudgmentCheck.check(yardstick, List.of(judgment), LIBRARY);
    }

    private static KeyJudgment judgment(String text) {
        return new KeyJudgment("j1", text, "likely", Confidence.MODERATE);
    }

    @Test
    void a_judgment_on_two_well_graded_sources_with_likelihood_and_confidence_passes() {
        assertThat(check(Yardstick.ICD_203, judgment("The port reopens in May [@wire; @rumour].")))
                .isEmpty();
    }

    @Test
    void a_judgment_without_citation_is_flagged_and_the_whole_sentence_selected() {
        KeyJudgment judgment = judgment("The port reopens in May.");

        assertThat(check(Yardstick.ICD_203, judgment)).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message()).isEqualTo("Key judgment 1 cites no source: cite what it rests on.");
            assertThat(finding.judgment()).isEqualTo("j1");
            assertThat(finding.start()).isZero();
            assertThat(finding.end()).isEqualTo(judgment.text().length());
        });
    }

    @Test
    void a_judgment_on_a_single_source_is_flagged_with_its_key() {
        assertThat(check(Yardstick.ICD_203, judgment("The port reopens in May [@wire, p. 2; @wire].")))
                .extracting(Finding::message)
                .containsExactly(
                        "Key judgment 1 rests on a single source (@wire): say so, or cite what corroborates it.");
    }

    @Test
    void a_judgment_resting_only_on_sources_graded_E_F_5_or_6_is_flagged() {
        assertThat(check(Yardstick.ICD_203, judgment("The port reopens in May [@blog; @forum].")))
                .extracting(Finding::message)
                .containsExactly("Key judgment 1 rests only on sources graded E or F for reliability or 5 or 6 for"
                        + " credibility (@blog E3, @forum F5).");
        assertThat(check(Yardstick.ICD_203, judgment("The port reopens in May [@blog; @wire].")))
                .as("one well-graded source is enough")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"may", "might", "could", "possibly", "probably"})
    void hedges_outside_the_ICD_203_yardstick_are_flagged_where_they_stand(String hedge) {
        String text = "The port " + hedge + " reopen in May [@wire; @rumour].";

        assertThat(check(Yardstick.ICD_203, judgment(text))).singleElement().satisfies(finding -> {
            assertThat(text.substring(finding.start(), finding.end())).isEqualTo(hedge);
            assertThat(finding.message())
                    .isEqualTo("“" + hedge + "” in key judgment 1 hedges outside the ICD 203 yardstick: let"
                            + " its likelihood say how likely (for example “likely”) and drop the hedge.");
        });
    }

    @Test
    void probably_is_the_PHIA_yardsticks_own_word_but_might_is_not() {
        assertThat(check(Yardstick.PHIA, judgment("The port will probably reopen [@wire; @rumour].")))
                .isEmpty();
        assertThat(check(Yardstick.PHIA, judgment("The port might reopen [@wire; @rumour].")))
                .extracting(Finding::message)
                .singleElement()
                .asString()
                .contains("outside the PHIA probability yardstick");
    }

    @Test
    void a_hedge_inside_a_quotation_or_a_longer_word_is_not_the_analysts() {
        assertThat(check(
                        Yardstick.ICD_203,
                        judgment("The minister said “we might reopen” [@wire]; Mayhem is over [@rumour].")))
                .isEmpty();
    }

    @Test
    void likelihood_and_confidence_must_be_given_and_the_likelihood_must_be_the_yardsticks() {
        KeyJudgment bare = new KeyJudgment("j1", "The port reopens [@wire; @rumour].", null, null);
        assertThat(check(Yardstick.ICD_203, bare))
                .extracting(Finding::message)
                .containsExactly(
                        "Key judgment 1 has no likelihood: choose a term of the ICD 203 yardstick.",
                        "Key judgment 1 has no confidence level: say whether it is high, moderate or low.");

        KeyJudgment phiaTerm = bare.withLikelihood("realistic possibility").withConfidence(Confidence.LOW);
        assertThat(check(Yardstick.ICD_203, phiaTerm))
                .extracting(Finding::message)
                .containsExactly("“realistic possibility” (key judgment 1) is not a term of the ICD 203 yardstick:"
                        + " choose one of its terms.");
        assertThat(check(Yardstick.PHIA, phiaTerm)).isEmpty();
    }

    @Test
    void every_term_of_each_yardstick_is_accepted_as_a_likelihood() {
        for (Yardstick yardstick : Yardstick.values()) {
            for (Yardstick.Term term : yardstick.terms()) {
                KeyJudgment judgment =
                        new KeyJudgment("j", "It happens [@wire; @rumour].", term.words(), Confidence.HIGH);
                assertThat(check(yardstick, judgment))
                        .as("%s on %s", term.words(), yardstick)
                        .isEmpty();
            }
        }
    }

    @Test
    void findings_name_the_judgment_by_its_place_in_the_list() {
        List<Finding> findings = JudgmentCheck.check(
                Yardstick.ICD_203,
                List.of(
                        judgment("First [@wire; @rumour]."),
                        new KeyJudgment("j2", "Second.", "likely", Confidence.LOW)),
                LIBRARY);

        assertThat(findings).extracting(Finding::judgment).containsExactly("j2");
        assertThat(findings.getFirst().message()).startsWith("Key judgment 2 ");
    }
}
