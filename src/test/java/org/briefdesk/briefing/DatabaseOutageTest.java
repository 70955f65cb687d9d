package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.briefdesk.DatabaseBehindProxy;
import org.briefdesk.IntegrationTestBehindProxy;
import org.briefdesk.TcpProxy;
import org.briefdesk.base.DatabaseOutage;
import org.briefdesk.base.ui.ErrorMessages;
import org.briefdesk.user.TestUsers;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The database goes away while someone writes: the save fails within seconds, says so, stores nothing,
 * and the same text saves once the database is back. The application reaches MariaDB through a proxy
 * that the tests cut and restore.
 */
@IntegrationTestBehindProxy
@WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class DatabaseOutageTest {

    /** Well above the configured limits (5 s for a connection, 10 s for an answer), far below 30 s. */
    private static final Duration FAILS_WITHIN = Duration.ofSeconds(15);

    private final TcpProxy database = DatabaseBehindProxy.proxy();

    @Autowired
    BriefingService briefingService;

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @AfterEach
    void bring_the_database_back() {
        database.restore();
    }

    private static String nonce() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static BriefingDraft draft(String title, String body) {
        return new BriefingDraft(title, "A summary.", body, Audience.INTERNAL, Set.of("ports"), Set.of());
    }

    private record Written(BriefingDetails briefing, long baseRevisionId, BriefingDraft typed) {}

    /** A briefing saved once, and the text its author goes on to write. */
    private Written aBriefingBeingWritten() {
        BriefingDetails created = briefingService.create(BriefingDraft.titled("Outage " + nonce()));
        var saved = briefingService.save(
                created.id(),
                created.currentRevisionId(),
                draft(created.title(), "Before the outage."),
                "First",
                false);
        assertThat(saved.outcome()).isEqualTo(SaveOutcome.SAVED);
        BriefingDraft typed =
                draft(created.title(), "Before the outage.\n\nWritten while the database was away: Zürich, 港口, 🚢.");
        return new Written(saved.briefing(), saved.briefing().currentRevisionId(), typed);
    }

    private Throwable saveDuringTheOutage(Written written) {
        long start = System.nanoTime();
        Throwable failure = catchThrowable(() -> briefingService.save(
                written.briefing().id(), written.baseRevisionId(), written.typed(), "During", false));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure).as("the save during the outage").isNotNull();
        assertThat(elapsed).as("time until the save failed").isLessThan(FAILS_WITHIN);
        assertThat(DatabaseOutage.isOutage(failure))
                .as("recognised as an outage: %s", failure)
                .isTrue();
        assertThat(ErrorMessages.forSave(failure)).isEqualTo(ErrorMessages.DATABASE_UNREACHABLE_TEXT_KEPT);
        return failure;
    }

    private void afterTheOutageTheTextSavesAndNothingPartialWasStored(Written written, int revisionsBefore) {
        long id = written.briefing().id();

        var saved = briefingService.save(id, written.baseRevisionId(), written.typed(), "After", false);

        assertThat(saved.outcome()).isEqualTo(SaveOutcome.SAVED);
        assertThat(briefingService.get(id).orElseThrow().body())
                .isEqualTo(written.typed().body());
        // Exactly one revision more: the failed save left nothing behind.
        assertThat(briefingService.revisions(id)).hasSize(revisionsBefore + 1);
        assertThat(briefingService.revisions(id).getFirst().message()).isEqualTo("After");
    }

    @Test
    void a_save_while_the_database_refuses_connections_fails_fast_and_succeeds_once_it_is_back() {
        Written written = aBriefingBeingWritten();
        int revisionsBefore = briefingService.revisions(written.briefing().id()).size();

        database.refuse();
        saveDuringTheOutage(written);
        database.restore();

        afterTheOutageTheTextSavesAndNothingPartialWasStored(written, revisionsBefore);
    }

    @Test
    void a_save_while_the_database_stops_answering_fails_fast_and_succeeds_once_it_is_back() {
        Written written = aBriefingBeingWritten();
        int revisionsBefore = briefingService.revisions(written.briefing().id()).size();

        // Straight after the last request: the pool hands out the connection it just used without
        // checking it, so the save meets the silence in the middle of its conversation.
        database.hang();
        saveDuringTheOutage(written);
        // And once more, now that the pool checks (and drops) what it has and tries new connections.
        saveDuringTheOutage(written);
        database.restore();

        afterTheOutageTheTextSavesAndNothingPartialWasStored(written, revisionsBefore);
    }

    @Test
    void a_save_straight_after_the_database_restarted_replaces_the_connection_it_dropped() {
        Written written = aBriefingBeingWritten();
        int revisionsBefore = briefingService.revisions(written.briefing().id()).size();

        // The connection the last save used goes back to the pool and is handed out again unchecked,
        // although the restart closed it.
        database.refuse();
        database.restore();

        afterTheOutageTheTextSavesAndNothingPartialWasStored(written, revisionsBefore);
    }

    @Test
    void pooled_connections_give_up_on_a_silent_server_while_migrations_wait_for_long_statements() throws SQLException {
        try (Connection pooled = dataSource.getConnection()) {
            assertThat(pooled.getNetworkTimeout()).isEqualTo(10_000);
        }
        try (Connection migrating = flyway.getConfiguration().getDataSource().getConnection()) {
            assertThat(migrating.getNetworkTimeout()).isZero();
        }
        try (Connection pooledAgain = dataSource.getConnection()) {
            assertThat(pooledAgain.getNetworkTimeout()).isEqualTo(10_000);
        }
    }
}
