package org.briefdesk.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.cluster.ClusterNode;
import org.briefdesk.source.Grade;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceQuery;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.TestUsers;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue #15's measurement between two nodes on one OpenSearch (docs/benchmarks.md, "Search on
 * OpenSearch"): the time from a source's save returning on node A to node B's search finding it,
 * over {@code saves} saves (median, 95th percentile). B asks every 10 ms. Two application contexts in
 * one JVM on the benchmark database and an OpenSearch of its own, as in SearchAcrossNodesTest; run
 * by scripts/bench-search-nodes.sh.
 */
public final class SearchAcrossNodesBenchmark {

    private SearchAcrossNodesBenchmark() {}

    public static void main(String[] args) throws Exception {
        int saves = Integer.getInteger("saves", 100);
        LocalOpenSearch openSearch = LocalOpenSearch.startNew();
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Map<String, String> settings = Map.of(
                "briefdesk.search.url",
                openSearch.url(),
                "briefdesk.search.index-prefix",
                "bench-nodes-" + run + "-",
                "logging.level.org.briefdesk",
                "WARN");
        ConfigurableApplicationContext a = ClusterNode.start("a", settings);
        ConfigurableApplicationContext b = ClusterNode.start("b", settings);
        try {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < saves; i++) {
                millis.add(saveToHit(a, b, "sx" + run + "n" + i));
            }
            millis.sort(Double::compare);
            System.out.printf(
                    "commit on A to hit on B over %d saves: median %.0f ms, p95 %.0f ms, max %.0f ms%n",
                    saves,
                    millis.get(millis.size() / 2),
                    millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                    millis.getLast());
        } finally {
            a.close();
            b.close();
            openSearch.stop();
        }
        System.exit(0);
    }

    private static double saveToHit(ConfigurableApplicationContext a, ConfigurableApplicationContext b, String word)
            throws InterruptedException {
        ClusterNode.as(
                a,
                TestUsers.AUTHOR,
                () -> a.getBean(SourceService.class)
                        .add(new SourceDraft(
                                word,
                                "Latency " + word,
                                "Bench Wire",
                                null,
                                null,
                                LocalDate.of(2025, 1, 1),
                                "en",
                                Set.of(),
                                null,
                                new Grade('C', 3),
                                "A source that node B should find: " + word + ".")));
        long committed = System.nanoTime();
        long deadline = committed + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            long found = ClusterNode.as(
                    b,
                    TestUsers.READER,
                    () -> b.getBean(SourceService.class)
                            .search(SourceQuery.text(word), 0, 1)
                            .total());
            if (found == 1) {
                return (System.nanoTime() - committed) / 1e6;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("Node B did not find " + word + " within 30 s");
    }
}
