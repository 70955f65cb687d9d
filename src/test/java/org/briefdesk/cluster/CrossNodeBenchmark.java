package org.briefdesk.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingEvents;
import org.briefdesk.briefing.BriefingPresence;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDirectory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue #14's measurements between two nodes (docs/benchmarks.md, "Several nodes"): the time from a
 * save on node A to the event reaching an editor on node B, over {@code SAVES} saves (median, 95th
 * percentile), and the time from a node falling silent to its people leaving B's presence list.
 * Two application contexts in one JVM on the benchmark database and a local redis-server, as in
 * TwoNodesTest; run by scripts/bench-cluster.sh.
 */
public final class CrossNodeBenchmark {

    private CrossNodeBenchmark() {}

    public static void main(String[] args) throws Exception {
        int saves = Integer.getInteger("saves", 100);
        int deaths = Integer.getInteger("deaths", 5);
        try (LocalRedis redis = LocalRedis.start()) {
            Map<String, String> quiet = Map.of("logging.level.org.briefdesk", "WARN");
            ConfigurableApplicationContext a = ClusterNode.start("a", redis, quiet);
            ConfigurableApplicationContext b = ClusterNode.start("b", redis, quiet);
            try {
                saveToUpdate(a, b, saves);
                silentNodeLeaves(b, deaths);
            } finally {
                a.close();
                b.close();
            }
        }
        System.exit(0);
    }

    private static void saveToUpdate(ConfigurableApplicationContext a, ConfigurableApplicationContext b, int saves)
            throws Exception {
        long id = as(
                a,
                TestUsers.AUTHOR,
                () -> a.getBean(BriefingService.class)
                        .create(BriefingDraft.titled("Latency " + UUID.randomUUID()))
                        .id());
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        List<Double> total = new ArrayList<>();
        List<Double> saveOnly = new ArrayList<>();
        try (AutoCloseable editorOnB = b.getBean(BriefingEvents.class).listen(id, event -> {
            if (event instanceof BriefingEvents.Saved) {
                arrivals.add(System.nanoTime());
            }
        })) {
            for (int i = 0; i < saves + 10; i++) {
                int n = i;
                long start = System.nanoTime();
                long saved = as(a, TestUsers.AUTHOR, () -> {
                    BriefingService service = a.getBean(BriefingService.class);
                    BriefingDetails current = service.get(id).orElseThrow();
                    service.save(
                            id,
                            current.currentRevisionId(),
                            current.toDraft().withBody("Save " + n + "."),
                            null,
                            false);
                    return System.nanoTime();
                });
                Long arrived = arrivals.poll(10, TimeUnit.SECONDS);
                if (arrived == null) {
                    throw new IllegalStateException("Save " + n + " never reached node B");
                }
                if (i >= 10) { // the first ten warm up
                    total.add((arrived - start) / 1e6);
                    saveOnly.add((saved - start) / 1e6);
                }
                Thread.sleep(50);
            }
        }
        System.out.printf(
                "save on A to event on B, %d saves: median %.1f ms, p95 %.1f ms, max %.1f ms (the save itself: median %.1f ms, p95 %.1f ms)%n",
                saves,
                percentile(total, 50),
                percentile(total, 95),
                percentile(total, 100),
                percentile(saveOnly, 50),
                percentile(saveOnly, 95));
    }

    /**
     * A node that dies stops renewing its presence entry between two heartbeats (every 4 s); this
     * shares as such a node would, falls silent a random part of a heartbeat later, and times how long
     * B still shows its person.
     */
    private static void silentNodeLeaves(ConfigurableApplicationContext b, int deaths) throws Exception {
        long id = 1_000_000 + new Random().nextInt(1_000_000);
        AutoCloseable here = as(
                b,
                TestUsers.EDITOR,
                () -> b.getBean(BriefingPresence.class).enter(id, "bench-session", () -> true, () -> {}));
        RedisPresence vanishing = new RedisPresence(
                new SharedConnection(b.getBean(io.lettuce.core.RedisClient.class)),
                NodeId.random(),
                b.getBean(tools.jackson.databind.json.JsonMapper.class),
                Duration.ofSeconds(15));
        BlockingQueue<Long> changes = new LinkedBlockingQueue<>();
        List<Double> gone = new ArrayList<>();
        Random random = new Random(14);
        try (AutoCloseable editorOnB = b.getBean(BriefingEvents.class).listen(id, event -> {
            if (event instanceof BriefingEvents.PresenceChanged) {
                changes.add(System.nanoTime());
            }
        })) {
            for (int i = 0; i < deaths; i++) {
                vanishing.share(id, List.of(new UserDirectory.Person("ghost-" + i, "Ghost " + i)));
                while (!present(b, id).contains("ghost-" + i)) {
                    Thread.sleep(20);
                }
                Thread.sleep(random.nextInt(4000));
                long died = System.nanoTime();
                while (present(b, id).contains("ghost-" + i)) {
                    if (System.nanoTime() - died > TimeUnit.SECONDS.toNanos(60)) {
                        throw new IllegalStateException("The silent node's person never left");
                    }
                    Thread.sleep(20);
                }
                // Gone from Redis; B's editors hear of it at B's next sweep.
                changes.clear();
                Long told = changes.poll(5, TimeUnit.SECONDS);
                if (told == null) {
                    throw new IllegalStateException("B's editors were not told that the person left");
                }
                gone.add((told - died) / 1e9);
            }
        } finally {
            here.close();
        }
        System.out.printf(
                "a silent node's people leave B's editors after (s): %s; median %.1f s, max %.1f s%n",
                gone.stream().map(s -> String.format("%.1f", s)).toList(), percentile(gone, 50), percentile(gone, 100));
    }

    private static List<String> present(ConfigurableApplicationContext node, long id) {
        return as(
                        node,
                        TestUsers.READER,
                        () -> node.getBean(BriefingPresence.class).present(id))
                .stream()
                .map(UserDirectory.Person::username)
                .toList();
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static <T> T as(
            ConfigurableApplicationContext node, String username, java.util.concurrent.Callable<T> action) {
        return ClusterNode.as(node, username, action);
    }
}
