package org.briefdesk.briefing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefdesk.citation.SourceInfo;
import org.briefdesk.citation.SourceLookup;
import org.briefdesk.source.AuthorNames;
import org.briefdesk.source.SourceDetails;
import org.briefdesk.source.SourceHit;
import org.briefdesk.source.SourceQuery;
import org.briefdesk.source.SourceService;

/** The citation pipeline's view of the source library, over {@link SourceService}. */
final class BriefingSourceLookup implements SourceLookup {

    private static final int CANDIDATES = 10;

    private final SourceService sources;

    /**
     * What {@link #find} answered, so that the preview and the checks of one text, which both look
     * each cited key up, query the library once per key. A lookup serves one such request.
     */
    private final Map<String, Optional<SourceDetails>> found = new HashMap<>();

    BriefingSourceLookup(SourceService sources) {
        this.sources = sources;
    }

    @Override
    public Optional<SourceInfo> find(String key) {
        return details(key).map(BriefingSourceLookup::toInfo);
    }

    /** The stored source, looked up once per key. */
    Optional<SourceDetails> details(String key) {
        return found.computeIfAbsent(key, sources::findByKey);
    }

    @Override
    public List<SourceInfo> candidatesContaining(String quotation) {
        String phrase =
                quotation.replace('"', ' ').replace('“', ' ').replace('”', ' ').strip();
        if (phrase.isEmpty()) {
            return List.of();
        }
        return sources.search(SourceQuery.text("\"" + phrase + "\""), 0, CANDIDATES).hits().stream()
                .map(SourceHit::citationKey)
                .map(sources::findByKey)
                .flatMap(Optional::stream)
                .map(BriefingSourceLookup::toInfo)
                .toList();
    }

    static SourceInfo toInfo(SourceDetails source) {
        return new SourceInfo(
                source.citationKey(),
                source.title(),
                AuthorNames.readable(source.authors()),
                source.outlet(),
                source.publishedDate(),
                source.url(),
                source.capturedAt(),
                source.grade().label(),
                source.currentVersion(),
                source.body());
    }
}
