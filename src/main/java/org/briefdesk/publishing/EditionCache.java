package org.briefdesk.publishing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.briefdesk.base.AfterCommit;
import org.briefdesk.live.Broadcast;
import org.springframework.stereotype.Component;

/**
 * The published editions in memory, so that a reading page is answered without touching the
 * database. A publication or retraction evicts its briefing (and the feed) once its transaction has
 * committed; a load that started before such an eviction is not stored, so a stale page never
 * outlives the change. On a cluster each node has its own cache, and an eviction is also sent to the
 * other nodes ({@link Broadcast}), which evict at once (see
 * docs/decisions/0003-frozen-editions-served-from-memory.md and 0010-several-nodes.md).
 */
@Component
class EditionCache {

    private static final String CHANNEL = "edition-evicted";

    /** A briefing whose pages changed (published, revised into a new edition, retracted). */
    record Evicted(String slug) {}

    private final Broadcast broadcast;

    EditionCache(Broadcast broadcast) {
        this.broadcast = broadcast;
        broadcast.receive(CHANNEL, Evicted.class, evicted -> evict(evicted.slug()));
    }

    /**
     * Entries are reloaded after this long even without an eviction, which bounds how stale a page
     * can be on a node that missed an eviction (several nodes share one database): a backstop.
     */
    static final long MAX_AGE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(5);

    private record Entry(PublishedBriefing briefing, long loadedAt) {}

    private final Map<String, Entry> bySlug = new ConcurrentHashMap<>();

    private record Feed(CachedFile file, long loadedAt) {}

    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    Optional<PublishedBriefing> get(String slug, Function<String, Optional<PublishedBriefing>> loader) {
        Entry hit = bySlug.get(slug);
        long now = System.nanoTime();
        if (hit != null && now - hit.loadedAt() < MAX_AGE_NANOS) {
            return Optional.of(hit.briefing());
        }
        long before = generation.get();
        Optional<PublishedBriefing> loaded = loader.apply(slug);
        if (loaded.isPresent() && generation.get() == before) {
            bySlug.put(slug, new Entry(loaded.get(), now));
        } else if (loaded.isEmpty() && hit != null) {
            bySlug.remove(slug, hit);
        }
        return loaded;
    }

    /** The briefing if it is cached and fresh; never loads. */
    Optional<PublishedBriefing> peek(String slug) {
        Entry hit = bySlug.get(slug);
        return hit != null && System.nanoTime() - hit.loadedAt() < MAX_AGE_NANOS
                ? Optional.of(hit.briefing())
                : Optional.empty();
    }

    CachedFile feed(String baseUrl, Supplier<CachedFile> loader) {
        Feed hit = feeds.get(baseUrl);
        long now = System.nanoTime();
        if (hit != null && now - hit.loadedAt() < MAX_AGE_NANOS) {
            return hit.file();
        }
        long before = generation.get();
        CachedFile loaded = loader.get();
        // Different Host headers give different base URLs; keep only a few of them.
        if (generation.get() == before && (hit != null || feeds.size() < 16)) {
            feeds.put(baseUrl, new Feed(loaded, now));
        }
        return loaded;
    }

    /** Forgets the briefing and the feed when the current transaction commits (at once without one). */
    void evictAfterCommit(String slug) {
        broadcast.send(CHANNEL, new Evicted(slug));
        AfterCommit.run(() -> evict(slug));
    }

    private void evict(String slug) {
        generation.incrementAndGet();
        bySlug.remove(slug);
        feeds.clear();
    }

    /** Everything, for tests and after a restore of the database. */
    void clear() {
        generation.incrementAndGet();
        bySlug.clear();
        feeds.clear();
    }
}
