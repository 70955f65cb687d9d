package org.briefdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingEvents;
import org.briefdesk.briefing.BriefingPresence;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.RemotePresence;
import org.briefdesk.live.Broadcast;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.notification.NotificationSummary;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.signin.SignInAttempts;
import org.briefdesk.signin.SignInThrottle;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDirectory;
import org.briefdesk.user.UserService;
import org.briefdesk.user.UserSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two Briefdesk nodes in this JVM — two application contexts with their own web servers, on one
 * MariaDB and one real Redis — and what issue #14 says must cross between them: saves and other
 * briefing events, presence (and its expiry when a node stops sharing), the bell, signing out
 * everywhere, sign-in lock counts, and the eviction of published pages. Every wait is bounded.
 */
class TwoNodesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static LocalRedis redis;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        redis = LocalRedis.start();
        a = ClusterNode.start("a", redis, Map.of("briefdesk.cluster.presence-ttl", "3s"));
        b = ClusterNode.start("b", redis, Map.of("briefdesk.cluster.presence-ttl", "3s"));
    }

    @AfterAll
    static void stopThem() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (redis != null) {
            redis.close();
        }
    }

    private static <T> T bean(ConfigurableApplicationContext node, Class<T> type) {
        return node.getBean(type);
    }

    private static <T> T as(
            ConfigurableApplicationContext node, String username, java.util.concurrent.Callable<T> action) {
        return ClusterNode.as(node, username, action);
    }

    private static void use(ConfigurableApplicationContext node) {
        ClusterNode.use(node);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited %s for %s", PATIENCE, what).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    private static long briefingOnA(String title) {
        return as(
                a,
                TestUsers.AUTHOR,
                () -> bean(a, BriefingService.class)
                        .create(BriefingDraft.titled(title + " " + UUID.randomUUID()))
                        .id());
    }

    @Test
    void the_cluster_beans_are_in_use_on_both_nodes() {
        for (ConfigurableApplicationContext node : List.of(a, b)) {
            assertThat(bean(node, Broadcast.class)).isInstanceOf(RedisBroadcast.class);
            assertThat(bean(node, RemotePresence.class)).isInstanceOf(RedisPresence.class);
        }
    }

    @Test
    void a_save_on_one_node_reaches_an_editor_open_on_the_other() throws Exception {
        long id = briefingOnA("Shared");
        List<BriefingEvents.Event> heardOnB = new CopyOnWriteArrayList<>();
        try (AutoCloseable editorOnB = bean(b, BriefingEvents.class).listen(id, heardOnB::add)) {
            BriefingDetails saved = as(a, TestUsers.AUTHOR, () -> {
                BriefingDetails current = bean(a, BriefingService.class).get(id).orElseThrow();
                return bean(a, BriefingService.class)
                        .save(id, current.currentRevisionId(), current.toDraft().withBody("Saved on A."), null, false)
                        .briefing();
            });

            await(
                    "the save to reach node B",
                    () -> heardOnB.stream()
                            .anyMatch(event -> event instanceof BriefingEvents.Saved s
                                    && s.revisionId() == saved.currentRevisionId()
                                    && s.author().equals(TestUsers.AUTHOR)));
        }
    }

    @Test
    void presence_on_one_node_shows_on_the_other_and_a_node_that_stops_sharing_drops_out() throws Exception {
        long id = briefingOnA("Present");
        AtomicBoolean open = new AtomicBoolean(true);
        AutoCloseable onA = as(
                a,
                TestUsers.AUTHOR,
                () -> bean(a, BriefingPresence.class).enter(id, "session-on-a", open::get, () -> {}));
        AutoCloseable onB = as(
                b,
                TestUsers.EDITOR,
                () -> bean(b, BriefingPresence.class).enter(id, "session-on-b", () -> true, () -> {}));
        try {
            await("the author on A to show on B", () -> present(b, id).contains(TestUsers.AUTHOR));
            assertThat(present(b, id)).contains(TestUsers.EDITOR);
            await("the editor on B to show on A", () -> present(a, id).contains(TestUsers.EDITOR));

            // A node that vanishes stops renewing its entry: a third "node" shares once and falls silent.
            List<BriefingEvents.Event> heardOnB = new CopyOnWriteArrayList<>();
            try (AutoCloseable editorOnB = bean(b, BriefingEvents.class).listen(id, heardOnB::add)) {
                new RedisPresence(
                                new SharedConnection(bean(b, RedisClient.class)),
                                NodeId.random(),
                                bean(b, tools.jackson.databind.json.JsonMapper.class),
                                Duration.ofSeconds(3))
                        .share(id, List.of(new UserDirectory.Person("ghost", "Ghost")));
                await("the vanished node's person to show", () -> present(b, id).contains("ghost"));
                await(
                        "the vanished node's person to expire",
                        () -> !present(b, id).contains("ghost"));
                await(
                        "B's editors to be told",
                        () -> heardOnB.stream().anyMatch(event -> event instanceof BriefingEvents.PresenceChanged));
            }
        } finally {
            onA.close();
            onB.close();
        }
        await("the author to leave B's list", () -> !present(b, id).contains(TestUsers.AUTHOR));
    }

    private static List<String> present(ConfigurableApplicationContext node, long id) {
        return as(
                        node,
                        TestUsers.READER,
                        () -> bean(node, BriefingPresence.class).present(id))
                .stream()
                .map(UserDirectory.Person::username)
                .toList();
    }

    @Test
    void a_notification_posted_on_one_node_rings_the_bell_open_on_the_other() throws Exception {
        List<NotificationSummary> bellOnB = new CopyOnWriteArrayList<>();
        String message = "Cross-node " + UUID.randomUUID();
        try (AutoCloseable bell =
                as(b, TestUsers.AUTHOR, () -> bean(b, NotificationService.class).listen(bellOnB::add))) {
            as(a, TestUsers.EDITOR, () -> {
                bean(a, NotificationService.class)
                        .post(List.of(TestUsers.AUTHOR), NotificationKind.MENTION, message, "");
                return null;
            });
            await(
                    "the notification to reach B",
                    () -> bellOnB.stream().anyMatch(summary -> summary.message().equals(message)));
        }
    }

    @Test
    void a_password_reset_on_one_node_ends_the_users_sessions_on_the_other() throws Exception {
        String username = "t-two-nodes-" + Long.toString(System.nanoTime(), 36);
        UserSummary user = as(
                a,
                TestUsers.ADMIN,
                () -> bean(a, UserService.class)
                        .create(new org.briefdesk.user.UserDraft(
                                username,
                                "Two nodes",
                                TestUsers.PASSWORD,
                                Set.of(org.briefdesk.security.Role.AUTHOR))));
        // A session of the user on node B, as a sign-in there would register it.
        SessionRegistry registryOnB = bean(b, SessionRegistry.class);
        Object principal = bean(b, UserDetailsService.class).loadUserByUsername(username);
        registryOnB.registerNewSession("session-of-" + username, principal);

        as(a, TestUsers.ADMIN, () -> bean(a, UserService.class).resetPassword(user.id(), "a-new-password-123"));

        await(
                "B to end the session",
                () -> registryOnB
                        .getSessionInformation("session-of-" + username)
                        .isExpired());
    }

    @Test
    void five_failed_sign_ins_spread_over_both_nodes_lock_everywhere_and_an_unlock_on_one_lifts_it() throws Exception {
        String username = "nobody-" + Long.toString(System.nanoTime(), 36);
        SignInThrottle throttleA = bean(a, SignInThrottle.class);
        SignInThrottle throttleB = bean(b, SignInThrottle.class);
        for (int attempt = 0; attempt < 5; attempt++) {
            SignInAttempts.fail(attempt % 2 == 0 ? throttleA : throttleB, username, "198.51.100." + attempt);
        }

        assertThat(throttleA.accountLockedUntil(username)).isPresent();
        assertThat(throttleB.accountLockedUntil(username)).isPresent();
        assertThat(as(b, TestUsers.ADMIN, () -> bean(b, UserService.class).signInLocks()))
                .containsKey(username);

        assertThat(as(b, TestUsers.ADMIN, () -> throttleB.unlockAccount(username)))
                .isTrue();
        assertThat(throttleA.accountLockedUntil(username)).isEmpty();
    }

    @Test
    void a_new_edition_published_on_one_node_is_served_by_the_other_at_once() throws Exception {
        use(a);
        PublishedFixture fixture = bean(a, PublishedFixture.class);
        PublishedFixture.Made made = fixture.published("Two nodes " + PublishedFixture.nonce(), Audience.PUBLIC);
        String pageOnB = "http://127.0.0.1:" + port(b) + "/briefings/" + made.slug();
        assertThat(get(pageOnB)).contains("Edition 1");

        use(a);
        fixture.publishNextEdition(made, Audience.PUBLIC, "The second edition names the new roster.");

        await("B to serve edition 2", () -> get(pageOnB).contains("new roster"));
    }

    @Test
    void a_message_delivered_twice_is_handled_once_and_a_nodes_own_messages_not_at_all() throws Exception {
        List<String> heardOnB = new CopyOnWriteArrayList<>();
        List<String> heardOnA = new CopyOnWriteArrayList<>();
        String channel = "test-" + UUID.randomUUID();
        bean(b, Broadcast.class).receive(channel, String.class, heardOnB::add);
        bean(a, Broadcast.class).receive(channel, String.class, heardOnA::add);

        // The same message appended twice, as a sender retrying after a lost answer would.
        try (StatefulRedisConnection<String, String> connection =
                bean(a, RedisClient.class).connect()) {
            Map<String, String> entry = Map.of(
                    "id",
                    UUID.randomUUID().toString(),
                    "node",
                    "another-node",
                    "channel",
                    channel,
                    "body",
                    "\"twice\"");
            connection.sync().xadd(RedisBroadcast.STREAM, entry);
            connection.sync().xadd(RedisBroadcast.STREAM, entry);
        }
        bean(a, Broadcast.class).send(channel, "from A");

        await("B to hear both messages", () -> heardOnB.contains("twice") && heardOnB.contains("from A"));
        await("A to hear the other node's message", () -> heardOnA.contains("twice"));
        Thread.sleep(1500); // a second delivery would have come by now
        assertThat(heardOnB).containsExactlyInAnyOrder("twice", "from A");
        assertThat(heardOnA).containsExactly("twice");
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    private static String get(String url) {
        try {
            return HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
