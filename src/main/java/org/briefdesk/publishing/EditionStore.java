package org.briefdesk.publishing;

import java.util.List;
import java.util.Optional;
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
    private final EditionSourceRepository sources;
    private final EditionRetractionRepository retractions;

    EditionStore(EditionRepository editions, EditionSourceRepository sources, EditionRetractionRepository retractions) {
        this.editions = editions;
        this.sources = sources;
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
        return editions.findLatestEditions(Limit.of(limit)).stream()
                .map(edition -> new AtomFeed.Entry(
                        edition.toFrozen(),
                        retractions
                                .findBySlug(edition.slug())
                                .map(EditionRetraction::toRetraction)
                                .orElse(null)))
                .toList();
    }

    /** Every edition with its sources, for "Export all". */
    List<ExportedEdition> everything() {
        return editions.findAllByOrderBySlugAscNumberAsc().stream()
                .map(edition -> new ExportedEdition(
                        edition.toFrozen(),
                        sources.findByEditionIdOrderByNumber(edition.id()).stream()
                                .map(EditionSource::toExportSource)
                                .toList(),
                        retractions
                                .findBySlug(edition.slug())
                                .map(EditionRetraction::toRetraction)
                                .orElse(null)))
                .toList();
    }

    record ExportedEdition(
            FrozenEdition edition,
            List<ExportSource> sources,
            @Nullable Retraction retraction) {}
}
