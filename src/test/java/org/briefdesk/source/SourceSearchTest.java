package org.briefdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RunAs;
import org.briefdesk.index.SnippetPart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Search behaviour on MariaDB with the real index. Each run tags its sources with a tag of its own,
 * so that the library's other sources do not blur the results.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(roles = "READER")
class SourceSearchTest {

    private final String tag = "search-" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    SourceService sourceService;

    private SourceDetails treaty;
    private SourceDetails ports;
    private SourceDetails summit;

    @BeforeAll
    void addSources() {
        treaty = add(
                "Supply pact talks",
                "Harbour Gazette",
                LocalDate.of(2024, 11, 22),
                "The two navies discussed a reciprocal supply agreement at the ADMM-Plus meeting. The EU observed.");
        ports = add(
                "Port calls rise",
                "Coastal Ledger",
                LocalDate.of(2025, 2, 1),
                "Port calls rose as agreements on supply were renewed. The UN welcomed the step.");
        summit = add(
                "Summit statement",
                "Harbour Gazette",
                LocalDate.of(2025, 6, 30),
                "A statement from the US delegation said supply lines were secure; agreement was near.");
    }

    private SourceDetails add(String title, String outlet, LocalDate published, String body) {
        return RunAs.withRoles(
                () -> sourceService.add(new SourceDraft(
                        null,
                        title + " " + tag,
                        outlet,
                        null,
                        null,
                        published,
                        "en",
                        Set.of(tag),
                        null,
                        Grade.NONE,
                        body + " " + tag)),
                "AUTHOR",
                "READER");
    }

    private List<String> keys(String text) {
        return sourceService.search(new SourceQuery(text, null, tag, null, null), 0, 50).hits().stream()
                .map(SourceHit::citationKey)
                .toList();
    }

    @Test
    void stemming_lets_agreements_find_agreement() {
        assertThat(keys("agreements"))
                .containsExactlyInAnyOrder(treaty.citationKey(), ports.citationKey(), summit.citationKey());
    }

    @Test
    void a_quoted_phrase_matches_word_for_word_only() {
        assertThat(keys("\"supply agreement\"")).containsExactly(treaty.citationKey());
        assertThat(keys("supply agreements")).hasSize(3);
    }

    @Test
    void two_letter_terms_are_searchable() {
        assertThat(keys("EU")).containsExactly(treaty.citationKey());
        assertThat(keys("UN")).containsExactly(ports.citationKey());
        assertThat(keys("US")).containsExactly(summit.citationKey());
        assertThat(keys("ADMM")).containsExactly(treaty.citationKey());
    }

    @Test
    void snippets_mark_the_matched_words() {
        SourceHit hit =
                sourceService.search(new SourceQuery("agreements", null, tag, null, null), 0, 50).hits().stream()
                        .filter(h -> h.citationKey().equals(treaty.citationKey()))
                        .findFirst()
                        .orElseThrow();
        String marked = hit.snippet().stream()
                .filter(SnippetPart::match)
                .map(SnippetPart::text)
                .collect(Collectors.joining("|"));
        assertThat(marked).isEqualToIgnoringCase("agreement");
        assertThat(hit.snippet().stream().map(SnippetPart::text).collect(Collectors.joining()))
                .contains("reciprocal supply agreement at the ADMM-Plus meeting");
    }

    @Test
    void filters_narrow_by_outlet_tag_and_date_range() {
        assertThat(sourceService
                        .search(new SourceQuery(null, "Harbour Gazette", tag, null, null), 0, 50)
                        .hits())
                .extracting(SourceHit::citationKey)
                .containsExactlyInAnyOrder(treaty.citationKey(), summit.citationKey());
        assertThat(sourceService
                        .search(
                                new SourceQuery(null, null, tag, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1)),
                                0,
                                50)
                        .hits())
                .extracting(SourceHit::citationKey)
                .containsExactly(ports.citationKey());
    }

    @Test
    void without_words_the_newest_come_first() {
        assertThat(sourceService
                        .search(new SourceQuery(null, null, tag, null, null), 0, 50)
                        .hits())
                .extracting(SourceHit::citationKey)
                .containsExactly(summit.citationKey(), ports.citationKey(), treaty.citationKey());
    }

    @Test
    void paging_reports_the_total() {
        SearchPage page = sourceService.search(new SourceQuery(null, null, tag, null, null), 1, 1);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.hits()).extracting(SourceHit::citationKey).containsExactly(ports.citationKey());
    }

    @Test
    void search_syntax_characters_do_not_break_the_search() {
        assertThat(sourceService.search(new SourceQuery("\"unbalanced (( -- ** ~ \\", null, tag, null, null), 0, 10))
                .isNotNull();
    }
}
