package org.briefdesk.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the reading side serves for one briefing, rendered once when it is loaded into the
 * cache: its pages, and both exports of every edition.
 */
final class PublishedBriefing {

    private final List<FrozenEdition> editions;
    private final @Nullable Retraction retraction;
    private final CachedFile latestPage;
    private final Map<Integer, CachedFile> editionPages = new LinkedHashMap<>();
    private final Map<Integer, CachedFile> portable = new LinkedHashMap<>();
    private final Map<Integer, CachedFile> pandoc = new LinkedHashMap<>();

    PublishedBriefing(List<FrozenEdition> editions, @Nullable Retraction retraction) {
        this.editions = List.copyOf(editions);
        this.retraction = retraction;
        FrozenEdition latest = editions.getLast();
        this.latestPage = CachedFile.of(ReadingPages.latest(editions, retraction), latest.audience(), "");
        for (FrozenEdition edition : editions) {
            editionPages.put(
                    edition.number(),
                    CachedFile.of(ReadingPages.edition(editions, edition, retraction), edition.audience(), ""));
            portable.put(
                    edition.number(),
                    CachedFile.of(
                            edition.portableExport(),
                            edition.audience(),
                            MarkdownExport.fileName(edition.slug(), edition.number(), false)));
            pandoc.put(
                    edition.number(),
                    CachedFile.of(
                            edition.pandocExport(),
                            edition.audience(),
                            MarkdownExport.fileName(edition.slug(), edition.number(), true)));
        }
    }

    List<FrozenEdition> editions() {
        return editions;
    }

    FrozenEdition latest() {
        return editions.getLast();
    }

    @Nullable
    Retraction retraction() {
        return retraction;
    }

    CachedFile latestPage() {
        return latestPage;
    }

    Optional<CachedFile> editionPage(int number) {
        return Optional.ofNullable(editionPages.get(number));
    }

    Optional<CachedFile> export(int number, boolean pandocFlavour) {
        return Optional.ofNullable((pandocFlavour ? pandoc : portable).get(number));
    }
}
