package org.briefdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.Waits;
import org.briefdesk.cluster.ClusterNode;
import org.briefdesk.source.Grade;
import org.briefdesk.source.SearchPage;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceQuery;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two backends, one behaviour: the same library searched through the embedded Lucene index and
 * through OpenSearch gives the same hits in the same order, with the same words highlighted. One
 * fixed set of queries covers what users rely on: English stemming, phrases, two-letter terms,
 * accents, possessives, and the outlet, tag and date filters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchParityTest {

    /** A word in every fixture text, so that each query sees only the fixture. */
    private final String marker =
            "pm" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private int added;
    private ConfigurableApplicationContext lucene;
    private ConfigurableApplicationContext openSearch;

    @BeforeAll
    void twoNodes() throws Exception {
        LocalOpenSearch search = LocalOpenSearch.shared();
        openSearch = ClusterNode.start(
                "parity-opensearch",
                Map.of(
                        "briefdesk.search.url",
                        search.url(),
                        "briefdesk.search.index-prefix",
                        "parity-" + marker + "-"));
        addFixture();
        Waits.until("OpenSearch to hold the fixture", Duration.ofSeconds(30), () -> total(openSearch, "") == 6);
        // Started afterwards, the Lucene node indexes the same database at start-up.
        lucene = ClusterNode.start("parity-lucene", Map.of());
    }

    @AfterAll
    void stop() {
        if (lucene != null) {
            lucene.close();
        }
        if (openSearch != null) {
            openSearch.close();
        }
    }

    private void addFixture() {
        source(
                "Trade agreements signed in Brussels",
                "Brussels Courier",
                Set.of("trade"),
                2024,
                3,
                "The agreements between the EU and the UN were signed on Monday after long talks.");
        source(
                "An agreement in principle",
                "Harbour Gazette",
                Set.of("trade", "ports"),
                2024,
                6,
                "US officials said an agreement was reached in principle, though details remain open.");
        source(
                "Port strike enters third day",
                "Harbour Gazette",
                Set.of("ports"),
                2025,
                1,
                "Ships queued outside the harbour while the US navy watched. The strike enters its third day.");
        source(
                "Talks at the Café Européen",
                "Brussels Courier",
                Set.of(),
                2025,
                2,
                "Negotiators met at the Café Européen to agree on a timetable for the next round.");
        source(
                "The minister's statement",
                "Ministry Bulletin",
                Set.of("statements"),
                2025,
                4,
                "The minister's statement denied that any agreement had been broken by the ministry.");
        source(
                "Weather report",
                "Harbour Gazette",
                Set.of(),
                2023,
                11,
                "Storms closed the harbour for a day; no ships entered or left the port.");
    }

    private void source(String title, String outlet, Set<String> tags, int year, int month, String text) {
        ClusterNode.as(
                openSearch,
                TestUsers.AUTHOR,
                () -> openSearch
                        .getBean(SourceService.class)
                        .add(new SourceDraft(
                                marker + "-" + (++added),
                                title,
                                outlet,
                                "Parity Reporter",
                                null,
                                LocalDate.of(year, month, 10),
                                "en",
                                tags,
                                null,
                                new Grade('B', 2),
                                text + " Fixture " + marker + ".")));
    }

    @Test
    void both_backends_find_the_same_sources_in_the_same_order_with_the_same_highlights() {
        List<SourceQuery> queries = List.of(
                SourceQuery.text(marker + " agreements"),
                SourceQuery.text(marker + " agreement"),
                SourceQuery.text(marker + " \"the agreements between\""),
                SourceQuery.text(marker + " EU"),
                SourceQuery.text(marker + " UN"),
                SourceQuery.text(marker + " US"),
                SourceQuery.text(marker + " cafe europeen"),
                SourceQuery.text(marker + " minister"),
                SourceQuery.text(marker + " harbour ships"),
                SourceQuery.text(marker),
                new SourceQuery(marker, "harbour gazette", null, null, null),
                new SourceQuery(marker, null, "Trade", null, null),
                new SourceQuery(marker, null, null, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 2, 28)));
        for (SourceQuery query : queries) {
            List<String> onLucene = hits(lucene, query);
            List<String> onOpenSearch = hits(openSearch, query);
            assertThat(onOpenSearch).as("hits for %s", query).isEqualTo(onLucene);
        }
        // And the behaviour itself, so that parity cannot hide two backends equally wrong.
        assertThat(hits(lucene, SourceQuery.text(marker + " agreements")))
                .as("stemming: 'agreements' finds 'agreement'")
                .hasSize(3);
        assertThat(hits(lucene, SourceQuery.text(marker + " \"the agreements between\"")))
                .hasSize(1);
        assertThat(hits(lucene, SourceQuery.text(marker + " EU"))).hasSize(1);
        assertThat(hits(lucene, SourceQuery.text(marker + " US"))).hasSize(2);
        assertThat(hits(lucene, SourceQuery.text(marker + " cafe europeen"))).hasSize(1);
        assertThat(hits(lucene, new SourceQuery(marker, "harbour gazette", null, null, null)))
                .hasSize(3);
    }

    /** Each hit as its title and the words highlighted in its snippet. */
    private static List<String> hits(ConfigurableApplicationContext node, SourceQuery query) {
        SearchPage page = ClusterNode.as(
                node, TestUsers.READER, () -> node.getBean(SourceService.class).search(query, 0, 20));
        List<String> hits = new ArrayList<>();
        page.hits()
                .forEach(hit -> hits.add(hit.title() + " "
                        + hit.snippet().stream()
                                .filter(SnippetPart::match)
                                .map(part -> part.text().toLowerCase(Locale.ROOT))
                                .toList()));
        return hits;
    }

    private long total(ConfigurableApplicationContext node, String words) {
        return ClusterNode.as(
                node,
                TestUsers.READER,
                () -> node.getBean(SourceService.class)
                        .search(SourceQuery.text(marker + " " + words), 0, 1)
                        .total());
    }
}
