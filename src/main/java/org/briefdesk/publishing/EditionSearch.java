package org.briefdesk.publishing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.index.Highlights;
import org.briefdesk.index.Searches;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of what was published: every edition's title, summary, tags and text. Every
 * signed-in user may read every edition (internal ones too), so every signed-in user may find them;
 * the text of a briefing being revised is not here until it is published again.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class EditionSearch {

    private static final int SNIPPET_FALLBACK_LENGTH = 200;

    private final EntityManager entityManager;

    EditionSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The best-matching edition of each briefing, best first, at most {@code limit} briefings.
     *
     * @throws org.briefdesk.index.SearchUnavailableException when the index does not answer
     */
    public List<EditionHit> search(String text, int limit) {
        if (limit < 1 || limit > 100) {
            throw new ActionRefusedException("Ask for 1 to 100 results at a time.");
        }
        String words = Highlights.strip(text).strip();
        if (words.isEmpty()) {
            return List.of();
        }
        // Several editions of one briefing may match: ask for more, keep the best of each.
        List<List<?>> rows = Searches.guard(() -> Search.session(entityManager)
                .search(Edition.class)
                .select(f -> f.composite(f.entity(), f.highlight("markdown")))
                .where(f -> f.simpleQueryString()
                        .field("title")
                        .boost(3f)
                        .field("summary")
                        .boost(2f)
                        .fields("markdown", "tags")
                        .matching(words)
                        .defaultOperator(BooleanOperator.AND))
                .highlighter(f -> f.fastVector()
                        .tag(Highlights.MATCH_START, Highlights.MATCH_END)
                        .fragmentSize(200)
                        .numberOfFragments(2))
                .sort(f -> f.score().then().field("publishedAt").desc())
                .fetchHits(limit * 4));
        List<EditionHit> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<?> row : rows) {
            Edition edition = (Edition) row.get(0);
            if (hits.size() < limit && seen.add(edition.slug())) {
                hits.add(toHit(edition, row.get(1)));
            }
        }
        return hits;
    }

    @SuppressWarnings("unchecked")
    private static EditionHit toHit(Edition edition, Object fragments) {
        return new EditionHit(
                edition.slug(),
                edition.number(),
                edition.title(),
                edition.publishedAt(),
                edition.audience(),
                Highlights.snippet((List<String>) fragments, edition.markdown(), SNIPPET_FALLBACK_LENGTH));
    }
}
