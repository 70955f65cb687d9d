package org.briefdesk.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefdesk.citation.CitedText;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.Severity;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {

    private static List<Finding> check(String markdown) {
        return LanguageCheck.check(CitedText.of(markdown));
    }

    @Test
    void the_two_yardsticks_are_icd_203_and_phia_exactly() {
        assertThat(Yardstick.ICD_203.terms())
                .extracting(Yardstick.Term::words, Yardstick.Term::fromPercent, Yardstick.Term::toPercent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("almost no chance", 1, 5),
                        org.assertj.core.groups.Tuple.tuple("very unlikely", 5, 20),
                        org.assertj.core.groups.Tuple.tuple("unlikely", 20, 45),
                        org.assertj.core.groups.Tuple.tuple("roughly even chance", 45, 55),
                        org.assertj.core.groups.Tuple.tuple("likely", 55, 80),
                        org.assertj.core.groups.Tuple.tuple("very likely", 80, 95),
                        org.assertj.core.groups.Tuple.tuple("almost certain", 95, 99));
        assertThat(Yardstick.PHIA.terms())
                .extracting(Yardstick.Term::words, Yardstick.Term::fromPercent, Yardstick.Term::toPercent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("remote chance", 0, 5),
                        org.assertj.core.groups.Tuple.tuple("highly unlikely", 10, 20),
                        org.assertj.core.groups.Tuple.tuple("unlikely", 25, 35),
                        org.assertj.core.groups.Tuple.tuple("realistic possibility", 40, 50),
                        org.assertj.core.groups.Tuple.tuple("likely or probable", 55, 75),
                        org.assertj.core.groups.Tuple.tuple("highly likely", 80, 90),
                        org.assertj.core.groups.Tuple.tuple("almost certain", 95, 100));
    }

    @Test
    void a_sentence_with_both_a_likelihood_and_a_confidence_is_flagged_and_selected() {
        String text = "Talks resume on Monday. It is very likely, with high confidence, that the port reopens.\n";

        assertThat(check(text)).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message())
                    .isEqualTo("This sentence states a likelihood (“very likely”) and a confidence (“high confidence”)"
                            + " together: say each in a sentence of its own.");
            assertThat(text.substring(finding.start(), finding.end()))
                    .isEqualTo("It is very likely, with high confidence, that the port reopens.");
        });
    }

    @Test
    void words_wrapped_over_two_lines_and_written_in_capitals_count_too() {
        String text = "A strike is Very\nLikely; we have Low-Confidence\nin the date.";

        assertThat(check(text))
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .isEqualTo(
                                "This sentence states a likelihood (“Very\nLikely”) and a confidence (“Low-Confidence”)"
                                        + " together: say each in a sentence of its own."));
        assertThat(check("Confidence is high that it is unlikely.")).hasSize(1);
        assertThat(check("Unlikelyhood and overconfidence are not words of the yardsticks."))
                .isEmpty();
    }

    @Test
    void likelihood_and_confidence_in_separate_sentences_are_fine() {
        assertThat(check("The port will likely reopen on Monday. We have moderate confidence in this."))
                .isEmpty();
        assertThat(check("Our confidence is high. A strike is unlikely.")).isEmpty();
    }

    @Test
    void words_inside_quotations_and_code_are_someone_elses() {
        assertThat(check("The minister said \"it is likely, and we have high confidence\" [@ministry-2025]."))
                .isEmpty();
        assertThat(check("Write `very likely with low confidence` as an example."))
                .isEmpty();
    }

    @Test
    void mixing_the_two_yardsticks_is_flagged_at_the_later_word() {
        String text = "A deal is a realistic possibility.\n\nA strike is very unlikely.";

        assertThat(check(text)).singleElement().satisfies(finding -> {
            assertThat(finding.message())
                    .isEqualTo(
                            "“very unlikely” comes from the ICD 203 yardstick, but “realistic possibility” earlier comes from"
                                    + " the PHIA probability yardstick: keep to one yardstick in a briefing.");
            assertThat(text.substring(finding.start(), finding.end())).isEqualTo("very unlikely");
        });
    }

    @Test
    void the_words_both_yardsticks_share_do_not_count_as_mixing() {
        assertThat(check("A deal is highly likely. A strike is unlikely. Peace is almost certain."))
                .isEmpty();
        assertThat(check("A deal is very likely. A strike is unlikely.")).isEmpty();
    }
}
