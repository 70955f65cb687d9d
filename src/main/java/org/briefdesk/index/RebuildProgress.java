package org.briefdesk.index;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;

/** A rebuild of the search index: started when, how far along, and how it ended. */
public final class RebuildProgress {

    private final Instant started;
    private final long total;
    private final boolean automatic;
    private final AtomicLong done = new AtomicLong();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile @Nullable Instant finishedAt;
    private volatile @Nullable String failure;

    RebuildProgress(Instant started, long total, boolean automatic) {
        this.started = started;
        this.total = total;
        this.automatic = automatic;
    }

    public Instant started() {
        return started;
    }

    /** The documents to index: the sources, briefings and editions in the database at the start. */
    public long total() {
        return total;
    }

    public long done() {
        return done.get();
    }

    /** From 0 to 1, for a progress bar. */
    public double fraction() {
        return total == 0 ? (finished() ? 1 : 0) : Math.min(1.0, (double) done() / total);
    }

    /** Whether the node started it on its own (an empty or incomplete index at start-up). */
    public boolean automatic() {
        return automatic;
    }

    public boolean finished() {
        return finishedAt != null;
    }

    public @Nullable Instant finishedAt() {
        return finishedAt;
    }

    /** Why it stopped early, in words for administrators; null when it succeeded or still runs. */
    public @Nullable String failure() {
        return failure;
    }

    void completed(Instant at, @Nullable String failure) {
        this.failure = failure;
        this.finishedAt = at;
        ended.countDown();
    }

    void await() throws InterruptedException {
        ended.await();
    }

    MassIndexingMonitor monitor() {
        return new MassIndexingMonitor() {
            @Override
            public void documentsAdded(long increment) {
                done.addAndGet(increment);
            }

            @Override
            public void documentsBuilt(long increment) {}

            @Override
            public void entitiesLoaded(long increment) {}

            @Override
            public void indexingCompleted() {}
        };
    }
}
