package org.briefdesk.publishing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The published editions in memory, so that a reading page is answered without touching the
 * database. A publication or retraction evicts its briefing (and the feed) once its transaction has
 * committed; a load that started before such an eviction is not stored, so a stale page never
 * outlives the change. This is a single-node cache: several nodes would need a shared eviction
 * signal (see docs/operations.md).
 */
@Component
class EditionCache {

    private final Map<String, PublishedBriefing> bySlug = new ConcurrentHashMap<>();
    private final Map<String, CachedFile> feeds = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    Optional<PublishedBriefing> get(String slug, Function<String, Optional<PublishedBriefing>> loader) {
        PublishedBriefing hit = bySlug.get(slug);
        if (hit != null) {
            return Optional.of(hit);
        }
        long before = generation.get();
        Optional<PublishedBriefing> loaded = loader.apply(slug);
        loaded.ifPresent(briefing -> {
            if (generation.get() == before) {
                bySlug.putIfAbsent(slug, briefing);
            }
        });
        return loaded;
    }

    CachedFile feed(String baseUrl, Supplier<CachedFile> loader) {
        CachedFile hit = feeds.get(baseUrl);
        if (hit != null) {
            return hit;
        }
        long before = generation.get();
        CachedFile loaded = loader.get();
        // Different Host headers give different base URLs; keep only a few of them.
        if (generation.get() == before && feeds.size() < 16) {
            feeds.putIfAbsent(baseUrl, loaded);
        }
        return loaded;
    }

    /** Forgets the briefing and the feed when the current transaction commits (at once without one). */
    void evictAfterCommit(String slug) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    evict(slug);
                }
            });
        } else {
            evict(slug);
        }
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
