package org.briefdesk.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefdesk.briefing.Audience;
import org.jspecify.annotations.Nullable;

/**
 * Everything the reading side serves for one briefing, rendered once when it is loaded into the
 * cache: its pages, and both exports of every edition. The pages list the briefing's editions, so a
 * briefing with internal editions has two sets of them: one for signed-in readers listing every
 * edition, and one for everyone else listing the public editions only — an anonymous reader never
 * learns of an internal edition from a public page (issue #20).
 */
final class PublishedBriefing {

    /** The pages one kind of reader gets. */
    private record Pages(CachedFile latest, Map<Integer, CachedFile> editions) {

        static Pages of(List<FrozenEdition> shown, @Nullable Retraction retraction, boolean sameForEveryone) {
            Map<Integer, CachedFile> pages = new LinkedHashMap<>();
            for (FrozenEdition edition : shown) {
                pages.put(
                        edition.number(),
                        CachedFile.of(
                                ReadingPages.edition(shown, edition, retraction),
                                edition.visibility(),
                                "",
                                sameForEveryone));
            }
            CachedFile latest = CachedFile.of(
                    ReadingPages.latest(shown, retraction), shown.getLast().visibility(), "", sameForEveryone);
            return new Pages(latest, pages);
        }
    }

    private final List<FrozenEdition> editions;
    private final @Nullable Retraction retraction;
    private final Pages forSignedIn;
    private final @Nullable Pages forEveryone;
    private final Map<Integer, CachedFile> portable = new LinkedHashMap<>();
    private final Map<Integer, CachedFile> pandoc = new LinkedHashMap<>();
    /** Word and PDF, written at the first download of each and kept like the Markdown. */
    private final Map<String, CachedFile> documents = new java.util.concurrent.ConcurrentHashMap<>();

    PublishedBriefing(List<FrozenEdition> editions, @Nullable Retraction retraction) {
        this.editions = List.copyOf(editions);
        this.retraction = retraction;
        List<FrozenEdition> publicOnes = editions.stream()
                .filter(edition -> edition.visibility() == Audience.PUBLIC)
                .toList();
        boolean mixed = !publicOnes.isEmpty() && publicOnes.size() < editions.size();
        this.forSignedIn = Pages.of(this.editions, retraction, !mixed);
        this.forEveryone = publicOnes.isEmpty() ? null : mixed ? Pages.of(publicOnes, retraction, false) : forSignedIn;
        for (FrozenEdition edition : editions) {
            portable.put(
                    edition.number(),
                    CachedFile.of(
                            edition.portableExport(),
                            edition.visibility(),
                            MarkdownExport.fileName(edition.slug(), edition.number(), false)));
            pandoc.put(
                    edition.number(),
                    CachedFile.of(
                            edition.pandocExport(),
                            edition.visibility(),
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

    /**
     * The page at {@code /briefings/{slug}}: for a signed-in reader the latest edition; for anyone
     * else the latest public one, or, when there is none, the internal page (which asks them to sign
     * in).
     */
    CachedFile latestPage(boolean signedIn) {
        return signedIn || forEveryone == null ? forSignedIn.latest() : forEveryone.latest();
    }

    /** The page of one edition, listing the editions the reader may open. */
    Optional<CachedFile> editionPage(int number, boolean signedIn) {
        if (!signedIn && forEveryone != null && forEveryone.editions().containsKey(number)) {
            return Optional.of(forEveryone.editions().get(number));
        }
        return Optional.ofNullable(forSignedIn.editions().get(number));
    }

    Optional<CachedFile> export(int number, boolean pandocFlavour) {
        return Optional.ofNullable((pandocFlavour ? pandoc : portable).get(number));
    }

    Optional<CachedFile> document(int number, EditionDocument kind) {
        return editions.stream()
                .filter(edition -> edition.number() == number)
                .findFirst()
                .map(edition -> documents.computeIfAbsent(
                        number + "." + kind.extension(),
                        name -> CachedFile.binary(
                                kind.write(edition),
                                edition.visibility(),
                                EditionDocuments.fileName(edition, kind.extension()))));
    }
}
