package org.briefdesk.briefing;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.index.Highlights;
import org.briefdesk.index.Searches;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of the briefings the caller works on, exactly those the Briefings view lists:
 * their own and those they co-author, every briefing for editors ({@link BriefingAccess#worksOn}).
 * Nobody finds a draft they could not open. Published text is found by everyone through the
 * editions' search instead, which holds only what was published.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class BriefingSearch {

    private static final int SNIPPET_FALLBACK_LENGTH = 200;

    private final EntityManager entityManager;
    private final CurrentUser currentUser;

    BriefingSearch(EntityManager entityManager, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
    }

    /**
     * Searches by relevance, then most recently changed first; without words, most recently changed
     * first.
     *
     * @throws org.briefdesk.index.SearchUnavailableException when the index does not answer
     */
    public BriefingSearchPage search(BriefingQuery query, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new ActionRefusedException("Ask for 1 to 500 results at a time.");
        }
        String me = currentUser.requireUsername();
        boolean editor = currentUser.hasRole(Role.EDITOR);
        String text = query.hasText() ? Highlights.strip(query.text()).strip() : "";
        SearchResult<List<?>> result = Searches.guard(() -> Search.session(entityManager)
                .search(Briefing.class)
                .select(f -> f.composite(f.entity(), f.highlight("body"), f.highlight("summary")))
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (!editor) {
                        root.add(f.match().field("people").matching(me));
                    }
                    if (!text.isEmpty()) {
                        root.add(f.simpleQueryString()
                                .field("title")
                                .boost(3f)
                                .field("summary")
                                .boost(2f)
                                .field("body")
                                .matching(text)
                                .defaultOperator(BooleanOperator.AND));
                    }
                    if (query.status() != null) {
                        root.add(f.match().field("status").matching(query.status()));
                    }
                    if (query.author() != null && !query.author().isBlank()) {
                        root.add(f.match().field("people").matching(query.author()));
                    }
                    if (query.tag() != null && !query.tag().isBlank()) {
                        root.add(f.match().field("tags").matching(query.tag()));
                    }
                    if (query.audience() != null) {
                        root.add(f.match().field("audience").matching(query.audience()));
                    }
                })
                .highlighter(f -> f.fastVector()
                        .tag(Highlights.MATCH_START, Highlights.MATCH_END)
                        .fragmentSize(200)
                        .numberOfFragments(2))
                .sort(f -> f.score().then().field("updatedAt").desc())
                .fetch(offset, limit));
        List<BriefingHit> hits =
                result.hits().stream().map(BriefingSearch::toHit).toList();
        return new BriefingSearchPage(hits, result.total().hitCount());
    }

    /** The tags of the briefings the caller works on, for the search filter. */
    public List<String> tags() {
        return filterValues("t", "join b.tags t");
    }

    /** The owners and co-authors of the briefings the caller works on, for the search filter. */
    public List<String> authors() {
        List<String> owners = filterValues("b.owner", "");
        List<String> coAuthors = filterValues("c", "join b.coAuthors c");
        return java.util.stream.Stream.concat(owners.stream(), coAuthors.stream())
                .distinct()
                .sorted()
                .toList();
    }

    private List<String> filterValues(String value, String join) {
        String jpql = "select distinct " + value + " from Briefing b " + join;
        if (currentUser.hasRole(Role.EDITOR)) {
            return entityManager
                    .createQuery(jpql + " order by " + value, String.class)
                    .getResultList();
        }
        return entityManager
                .createQuery(jpql + " where b.owner = :me or :me member of b.coAuthors order by " + value, String.class)
                .setParameter("me", currentUser.requireUsername())
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private static BriefingHit toHit(List<?> row) {
        Briefing briefing = (Briefing) row.get(0);
        List<String> body = (List<String>) row.get(1);
        List<String> summary = (List<String>) row.get(2);
        String summaryText = briefing.summary();
        var snippet = !body.isEmpty() || summary.isEmpty()
                ? Highlights.snippet(
                        body,
                        summaryText != null && !summaryText.isBlank() ? summaryText : briefing.body(),
                        SNIPPET_FALLBACK_LENGTH)
                : Highlights.snippet(summary, "", SNIPPET_FALLBACK_LENGTH);
        return new BriefingHit(
                new BriefingSummary(
                        briefing.id(),
                        briefing.slug(),
                        briefing.title(),
                        briefing.status(),
                        briefing.owner(),
                        briefing.updatedAt(),
                        briefing.tlp()),
                snippet);
    }
}
