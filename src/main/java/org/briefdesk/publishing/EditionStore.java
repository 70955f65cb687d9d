package org.briefdesk.publishing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads editions from the database for the cache and the lists; the one place reading pages run SQL. */
@Component
@Transactional(readOnly = true)
class EditionStore {

    static final int FEED_SIZE = 50;

    private final EditionRepository editions;
    private final EditionRetractionRepository retractions;

    EditionStore(EditionRepository editions, EditionRetractionRepository retractions) {
        this.editions = editions;
        this.retractions = retractions;
    }

    Optional<PublishedBriefing> load(String slug) {
        List<Edition> found = editions.findBySlugOrderByNumber(slug);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Retraction retraction = retractions
                .findBySlug(slug)
                .map(EditionRetraction::toRetraction)
                .orElse(null);
        return Optional.of(
                new PublishedBriefing(found.stream().map(Edition::toFrozen).toList(), retraction));
    }

    List<FrozenEdition> editionsOf(long briefingId) {
        return editions.findByBriefingIdOrderByNumber(briefingId).stream()
                .map(Edition::toFrozen)
                .toList();
    }

    /** The latest edition of every briefing, newest first, with its retraction if any. */
    List<AtomFeed.Entry> latest(int limit) {
        List<Edition> latest = editions.findLatestEditions(Limit.of(limit));
        Map<String, Retraction> retracted = retractionsOf(latest);
        return latest.stream()
                .map(edition -> new AtomFeed.Entry(edition.toFrozen(), retracted.get(edition.slug())))
                .toList();
    }

    /** Every edition with its retraction, for "Export all" (the exports carry their sources). */
    List<ExportedEdition> everything() {
        List<Edition> all = editions.findAllByOrderBySlugAscNumberAsc();
        Map<String, Retraction> retracted = retractionsOf(all);
        return all.stream()
                .map(edition -> new ExportedEdition(edition.toFrozen(), retracted.get(edition.slug())))
                .toList();
    }

    /** The retractions of these editions' briefings, by slug, in one query. */
    private Map<String, Retraction> retractionsOf(List<Edition> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        return retractions
                .findBySlugIn(found.stream().map(Edition::slug).distinct().toList())
                .stream()
                .collect(Collectors.toMap(EditionRetraction::slug, EditionRetraction::toRetraction));
    }

    record ExportedEdition(FrozenEdition edition, @Nullable Retraction retraction) {}
}
