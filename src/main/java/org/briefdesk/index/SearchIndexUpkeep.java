package org.briefdesk.index;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.security.Roles;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the database, which is the record. At start-up it rebuilds an
 * index that holds fewer documents than the database (a new OpenSearch, a deleted index folder) in
 * the background. On OpenSearch it also creates the indexes once OpenSearch answers, and every few
 * seconds hands changes that failed while OpenSearch was away back to the outbox, so that the index
 * catches up. Administrators see the state and can rebuild by hand.
 */
@Service
public class SearchIndexUpkeep {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexUpkeep.class);
    private static final long CHECK_SECONDS = 5;

    private final SearchBackend backend;
    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean waitAtStart;
    private final boolean catchUpAtStart;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("search-index-upkeep").daemon().factory());
    private final AtomicReference<@Nullable RebuildProgress> rebuild = new AtomicReference<>();
    private volatile boolean schemaReady;
    private volatile boolean reachable = true;

    SearchIndexUpkeep(
            SearchBackend backend,
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            PlatformTransactionManager transactionManager,
            JdbcTemplate jdbc,
            AuditLog audit,
            Clock clock,
            @Value("${briefdesk.search.wait-for-rebuild-at-start:false}") boolean waitAtStart,
            @Value("${briefdesk.search.catch-up-at-start:true}") boolean catchUpAtStart) {
        this.backend = backend;
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.waitAtStart = waitAtStart;
        this.catchUpAtStart = catchUpAtStart;
        this.schemaReady = !backend.isOpenSearch();
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() throws Exception {
        Future<?> first = worker.submit(catchUpAtStart ? this::catchUp : this::prepareSchema);
        if (waitAtStart) {
            first.get();
            RebuildProgress started = rebuild.get();
            if (started != null) {
                started.await();
            }
        }
        if (backend.isOpenSearch()) {
            worker.scheduleWithFixedDelay(this::check, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stopped() {
        worker.shutdownNow();
    }

    /** What an administrator sees: the backend, each index beside the database, pending changes. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public IndexState state() {
        List<TypeState> types = new ArrayList<>();
        boolean answered = true;
        for (SearchIndexedEntity<?> type : mapping().allIndexedEntities()) {
            long stored = stored(type);
            Long indexed;
            try {
                indexed = indexed(type);
            } catch (SearchException unreachable) {
                indexed = null;
                answered = false;
            }
            types.add(new TypeState(type.jpaName(), stored, indexed));
        }
        reachable = answered;
        long pending = backend.isOpenSearch() ? pendingChanges() : 0;
        long failed = backend.isOpenSearch() && answered ? outbox().countAbortedEvents() : 0;
        return new IndexState(
                backend.description(), backend.isOpenSearch(), answered, types, pending, failed, rebuild.get());
    }

    /**
     * Rebuilds the whole index from the database in the background; the progress is in
     * {@link #state()}. Searches find less until it is done.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public RebuildProgress rebuild() {
        RebuildProgress running = rebuild.get();
        if (running != null && !running.finished()) {
            return running;
        }
        long total = 0;
        for (SearchIndexedEntity<?> type : mapping().allIndexedEntities()) {
            total += stored(type);
        }
        RebuildProgress started = startRebuild(total, false);
        audit.record(AuditEvent.SEARCH_INDEX_REBUILT, "search-index", backend.description());
        return started;
    }

    /** The rebuild under way, if any, for the notice in the Sources view. */
    @PreAuthorize("isAuthenticated()")
    public Optional<RebuildProgress> rebuildUnderWay() {
        return Optional.ofNullable(rebuild.get()).filter(progress -> !progress.finished());
    }

    private void catchUp() {
        if (!prepareSchema()) {
            return;
        }
        List<String> behind = new ArrayList<>();
        long total = 0;
        try {
            for (SearchIndexedEntity<?> type : mapping().allIndexedEntities()) {
                long stored = stored(type);
                long indexed = indexed(type);
                total += stored;
                if (indexed < stored) {
                    behind.add(type.jpaName() + " (" + indexed + " of " + stored + ")");
                }
            }
        } catch (SearchException unreachable) {
            reachable = false;
            log.warn("The search index did not answer at start-up: {}", unreachable.getMessage());
            return;
        }
        if (!behind.isEmpty()) {
            log.info("The search index is behind the database: {}. Rebuilding it in the background.", behind);
            startRebuild(total, true);
        }
    }

    private void check() {
        try {
            if (!schemaReady && prepareSchema()) {
                catchUp();
                return;
            }
            indexed(mapping().allIndexedEntities().iterator().next()); // throws while unreachable
            boolean wasDown = !reachable;
            reachable = true;
            long failed = outbox().countAbortedEvents();
            if (failed > 0) {
                log.info("Sending {} changes that failed while the search index was away again.", failed);
                outbox().reprocessAbortedEvents();
            } else if (wasDown) {
                log.info("The search index answers again.");
            }
        } catch (SearchException unreachable) {
            if (reachable) {
                log.warn("The search index does not answer: {}", unreachable.getMessage());
            }
            reachable = false;
        } catch (RuntimeException unexpected) {
            log.error("Search index upkeep failed", unexpected);
        }
    }

    /** Creates the OpenSearch indexes when missing; false while OpenSearch does not answer. */
    private boolean prepareSchema() {
        if (schemaReady) {
            return true;
        }
        try {
            mapping().scope(Object.class).schemaManager().createIfMissing();
            schemaReady = true;
            reachable = true;
            return true;
        } catch (SearchException unreachable) {
            reachable = false;
            log.warn(
                    "OpenSearch at {} does not answer yet; trying again every {} s: {}",
                    backend.url(),
                    CHECK_SECONDS,
                    unreachable.getMessage());
            return false;
        }
    }

    private RebuildProgress startRebuild(long total, boolean automatic) {
        RebuildProgress progress = new RebuildProgress(clock.instant(), total, automatic);
        rebuild.set(progress);
        Thread.ofPlatform().name("search-index-rebuild").daemon().start(() -> runRebuild(progress));
        return progress;
    }

    private void runRebuild(RebuildProgress progress) {
        long started = System.nanoTime();
        try {
            mapping()
                    .scope(Object.class)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .dropAndCreateSchemaOnStart(backend.isOpenSearch())
                    .monitor(progress.monitor())
                    .startAndWait();
            schemaReady = true;
            progress.completed(clock.instant(), null);
            log.info(
                    "Search index rebuilt: {} documents in {} ms.",
                    progress.done(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            progress.completed(clock.instant(), "Stopped.");
        } catch (RuntimeException failed) {
            log.error("Rebuilding the search index failed", failed);
            progress.completed(clock.instant(), "The index did not answer. Try again when it does.");
        }
    }

    private long stored(SearchIndexedEntity<?> type) {
        Long count = readOnly.execute(status -> entityManager
                .createQuery("select count(e) from " + type.jpaName() + " e", Long.class)
                .getSingleResult());
        return count == null ? 0 : count;
    }

    private long indexed(SearchIndexedEntity<?> type) {
        Long count = readOnly.execute(status -> Search.session(entityManager)
                .search(type.javaClass())
                .where(f -> f.matchAll())
                .fetchTotalHitCount());
        return count == null ? 0 : count;
    }

    private long pendingChanges() {
        Long count =
                jdbc.queryForObject("select count(*) from hsearch_outbox_event where status = 'PENDING'", Long.class);
        return count == null ? 0 : count;
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }

    private OutboxPollingSearchMapping outbox() {
        return mapping().extension(OutboxPollingExtension.get());
    }

    /** One index beside its table; {@code indexed} is null when the index did not answer. */
    public record TypeState(
            String name, long stored, @Nullable Long indexed) {

        public boolean behind() {
            return indexed == null || indexed < stored;
        }
    }

    /**
     * The index as administrators see it; {@code outbox} is true on OpenSearch, where changes reach
     * the index through the outbox ({@code pendingChanges}, {@code failedChanges}).
     */
    public record IndexState(
            String backend,
            boolean outbox,
            boolean reachable,
            List<TypeState> types,
            long pendingChanges,
            long failedChanges,
            @Nullable RebuildProgress rebuild) {

        public IndexState {
            types = List.copyOf(types);
        }
    }
}
