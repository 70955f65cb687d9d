package org.briefdesk.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotationCheckerTest {

    private final InMemorySources sources = new InMemorySources()
            .add(
                    "gazette",
                    "Locks",
                    "The harbour master said: \"The locks will reopen on Monday—barring storms.\""
                            + " Crews worked overnight.")
            .add("ledger", "Tides", "Tide tables were revised after the spring surge.");

    private List<Finding> check(String markdown) {
        return QuotationChecker.check(markdown, sources, Map.of());
    }

    @Test
    void a_quotation_with_typographic_quotes_case_dash_and_line_break_differences_is_verified() {
        assertThat(check("He said “the locks will\nreopen on Monday - barring storms” [@gazette]."))
                .isEmpty();
        assertThat(check("He said \"THE LOCKS WILL REOPEN ON MONDAY–BARRING STORMS\", [@gazette]"))
                .isEmpty();
    }

    @Test
    void one_changed_word_is_an_error_never_a_fuzzy_match() {
        List<Finding> findings = check("He said “the locks will reopen on Tuesday” [@gazette].");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message()).startsWith("Not found in @gazette");
        });
    }

    @Test
    void a_quotation_from_the_wrong_source_names_the_right_one() {
        List<Finding> findings = check("“Tide tables were revised” [@gazette]");

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(findings.get(1).message()).contains("did you mean [@ledger]?");
    }

    @Test
    void an_ellipsis_lets_parts_match_in_order_only() {
        assertThat(check("“The locks will reopen … barring storms” [@gazette]")).isEmpty();
        assertThat(check("“barring storms ... The locks will reopen” [@gazette]"))
                .extracting(Finding::severity)
                .containsExactly(Severity.ERROR);
    }

    @Test
    void a_block_quote_with_a_citation_is_checked() {
        assertThat(check("> Crews worked overnight.\n> [@gazette]\n")).isEmpty();
        assertThat(check("> > Crews worked\n> > overnight. [@gazette]\n")).isEmpty();
        assertThat(check("> Crews slept overnight. [@gazette]\n"))
                .extracting(Finding::severity)
                .containsExactly(Severity.ERROR);
    }

    @Test
    void unknown_keys_are_errors_and_uncited_quotations_of_three_words_or_more_are_warnings() {
        List<Finding> findings = check("So-called “strategic” talks. “Crews worked overnight” she wrote [@nope].");

        assertThat(findings)
                .extracting(Finding::severity, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "This quotation cites no source."),
                        org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "No source has the key @nope."));
    }

    @Test
    void a_source_changed_since_it_was_cited_is_a_warning() {
        InMemorySources changed = new InMemorySources().add("gazette", "Locks", "New text.", 3);

        assertThat(QuotationChecker.check("As reported [@gazette].", changed, Map.of("gazette", 1)))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.message()).isEqualTo("@gazette has changed since it was cited (version 1 → 3)."));
    }

    @Test
    void quotes_in_code_are_not_quotations_and_verify_reports_where_the_match_is() {
        assertThat(QuotationChecker.quotations("Use `\"not a quote at all here\"` please."))
                .isEmpty();
        String body = "Alpha.  The  Locks will reopen.";
        var match = QuotationChecker.verify("the locks will reopen", body).orElseThrow();
        assertThat(body.substring(match.start(), match.end())).isEqualTo("The  Locks will reopen");
    }
}
