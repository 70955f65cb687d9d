package org.briefdesk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.Waits;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingQuery;
import org.briefdesk.briefing.BriefingSearch;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.cluster.ClusterNode;
import org.briefdesk.source.Grade;
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
 * Two nodes on one OpenSearch, as behind the load balancer: what is saved through one is found
 * through the other within seconds, and an OpenSearch outage costs no save and no document — the
 * outbox keeps the changes and the index catches up once OpenSearch is back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAcrossNodesTest {

    private final String marker =
            "nx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private LocalOpenSearch openSearch;
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;

    @BeforeAll
    void twoNodes() throws Exception {
        openSearch = LocalOpenSearch.startNew();
        Map<String, String> settings = Map.of(
                "briefdesk.search.url", openSearch.url(), "briefdesk.search.index-prefix", "nodes-" + marker + "-");
        nodeA = ClusterNode.start("search-a", settings);
        nodeB = ClusterNode.start("search-b", settings);
    }

    @AfterAll
    void stop() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (openSearch != null) {
            openSearch.stop();
        }
    }

    @Test
    void saved_on_one_node_found_on_the_other_and_nothing_lost_while_opensearch_is_down() throws Exception {
        addSource(nodeA, "first");
        Waits.until("node B to find a source added on node A", Duration.ofSeconds(2), () -> sourcesFound(nodeB) == 1);

        long briefing = ClusterNode.as(
                nodeA,
                TestUsers.AUTHOR,
                () -> nodeA.getBean(BriefingService.class)
                        .create(BriefingDraft.titled("Outlook"))
                        .id());
        saveBriefing(nodeA, briefing, "The outlook mentions " + marker + ".");
        Waits.until(
                "node B to find a briefing saved on node A",
                Duration.ofSeconds(5),
                () -> ClusterNode.as(
                                nodeB,
                                TestUsers.AUTHOR,
                                () -> nodeB.getBean(BriefingSearch.class)
                                        .search(BriefingQuery.text(marker), 0, 10)
                                        .hits())
                        .stream()
                        .anyMatch(hit -> hit.briefing().id() == briefing));

        openSearch.stop();
        List<String> savedDuringOutage = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            savedDuringOutage.add(
                    addSource(i % 2 == 0 ? nodeA : nodeB, "outage" + i).citationKey());
        }
        assertThat(savedDuringOutage).as("every save went through").hasSize(3);
        String revised = "revised" + marker;
        saveBriefing(nodeB, briefing, "The outlook mentions " + marker + " and, since, " + revised + ".");
        assertThatThrownBy(() -> sourcesFound(nodeB))
                .isInstanceOf(SearchUnavailableException.class)
                .hasMessageStartingWith("Search is unavailable right now");

        openSearch.start();
        Waits.until(
                "the index to catch up with the saves made while OpenSearch was down", Duration.ofSeconds(90), () -> {
                    try {
                        return sourcesFound(nodeB) == 4;
                    } catch (SearchUnavailableException notYet) {
                        return false;
                    }
                });
        assertThat(sourcesFound(nodeA)).isEqualTo(4);
        Waits.until(
                "the briefing saved during the outage to be found by its new words",
                Duration.ofSeconds(30),
                () -> ClusterNode.as(
                                nodeA,
                                TestUsers.AUTHOR,
                                () -> nodeA.getBean(BriefingSearch.class)
                                        .search(BriefingQuery.text(revised), 0, 10)
                                        .total())
                        == 1);
    }

    /** Saves the briefing's text as its author, from the current revision (no merge needed). */
    private static void saveBriefing(ConfigurableApplicationContext node, long id, String text) {
        ClusterNode.as(node, TestUsers.AUTHOR, () -> {
            BriefingService service = node.getBean(BriefingService.class);
            BriefingDetails current = service.get(id).orElseThrow();
            return service.save(
                    id,
                    current.currentRevisionId(),
                    new BriefingDraft(current.title(), null, text, current.audience(), Set.of(), Set.of()),
                    "Draft",
                    false);
        });
    }

    private org.briefdesk.source.SourceDetails addSource(ConfigurableApplicationContext node, String name) {
        return ClusterNode.as(
                node,
                TestUsers.AUTHOR,
                () -> node.getBean(SourceService.class)
                        .add(new SourceDraft(
                                marker + "-" + name,
                                "Across nodes " + name,
                                "Node Wire",
                                null,
                                null,
                                LocalDate.of(2025, 5, 1),
                                "en",
                                Set.of(),
                                null,
                                new Grade('C', 3),
                                "A report called " + name + " for the search across nodes " + marker + ".")));
    }

    private long sourcesFound(ConfigurableApplicationContext node) {
        return ClusterNode.as(
                node,
                TestUsers.READER,
                () -> node.getBean(SourceService.class)
                        .search(SourceQuery.text(marker), 0, 1)
                        .total());
    }
}
