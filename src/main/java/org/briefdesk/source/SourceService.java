package org.briefdesk.source;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.index.Highlights;
import org.briefdesk.index.Searches;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Roles;
import org.briefdesk.source.importer.FileResult;
import org.briefdesk.source.importer.ImportLimits;
import org.briefdesk.source.importer.ImportedDocument;
import org.briefdesk.source.importer.SourceFileReader;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source library (PRODUCT section 2): add, import, edit (with versions), find and search.
 * Everyone signed in may read and search; authors, editors and administrators may add and change.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class SourceService {

    /** Authors add and import sources (PRODUCT section 1); editors are authors too. */
    private static final String MAY_WRITE = "hasRole('" + Roles.AUTHOR + "')";

    private static final int SNIPPET_FALLBACK_LENGTH = 240;

    private final SourceStore store;
    private final SourceRepository sources;
    private final SourceVersionRepository versions;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;
    private final ObjectProvider<SourceCitations> citations;
    private final SourceFileReader fileReader = new SourceFileReader(ImportLimits.defaults());

    SourceService(
            SourceStore store,
            SourceRepository sources,
            SourceVersionRepository versions,
            EntityManager entityManager,
            CurrentUser currentUser,
            java.time.Clock clock,
            ObjectProvider<SourceCitations> citations) {
        this.store = store;
        this.sources = sources;
        this.versions = versions;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.clock = clock;
        this.citations = citations;
    }

    /**
     * Adds a source typed or pasted into the form.
     *
     * @throws DuplicateSourceException when its text or URL is already stored
     * @throws ActionRefusedException when a field is not acceptable (see {@link SourceRules})
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // SourceStore runs its own transactions
    public SourceDetails add(SourceDraft draft) {
        return store.add(SourceRules.validate(draft), currentUser.requireUsername());
    }

    /**
     * Imports one uploaded file: a {@code .txt}, {@code .md} or {@code .html} article, or a
     * {@code .zip} of them. Each article is added, reported as a duplicate, or refused with the
     * reason; a refused archive stores nothing at all.
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // one transaction per article
    public List<ImportResult> importFile(String fileName, byte[] content) {
        String username = currentUser.requireUsername();
        List<ImportResult> results = new ArrayList<>();
        for (FileResult file : fileReader.read(fileName, content)) {
            results.add(importOne(file, username));
        }
        return results;
    }

    private ImportResult importOne(FileResult file, String username) {
        ImportedDocument document = file.document();
        if (file.isRefused() || document == null) {
            String reason = file.refusal() == null ? "The file could not be read." : file.refusal();
            return new ImportResult(file.fileName(), ImportResult.Outcome.REFUSED, null, null, reason, List.of());
        }
        try {
            SourceDetails added = store.add(SourceRules.validate(toDraft(document)), username);
            return new ImportResult(
                    file.fileName(),
                    ImportResult.Outcome.ADDED,
                    added.citationKey(),
                    added.title(),
                    added.textMissing()
                            ? "Added as @" + added.citationKey() + ", text missing: the file has no text for it"
                                    + " (no abstract, note or attached article). Add the text before quoting it."
                            : "Added as @" + added.citationKey() + ".",
                    document.strippedLines());
        } catch (DuplicateSourceException duplicate) {
            return new ImportResult(
                    file.fileName(),
                    ImportResult.Outcome.DUPLICATE,
                    duplicate.existingKey(),
                    document.title(),
                    duplicate.getMessage(),
                    document.strippedLines());
        } catch (ActionRefusedException refused) {
            return new ImportResult(
                    file.fileName(),
                    ImportResult.Outcome.REFUSED,
                    null,
                    document.title(),
                    refused.getMessage(),
                    document.strippedLines());
        }
    }

    static SourceDraft toDraft(ImportedDocument document) {
        return new SourceDraft(
                null,
                document.title(),
                document.outlet(),
                document.authors(),
                document.url(),
                document.publishedDate(),
                document.language(),
                java.util.Set.copyOf(document.tags()),
                null,
                new Grade(document.reliability(), document.credibility()),
                document.body(),
                document.tlp(),
                document.doi());
    }

    /**
     * Changes a source. A changed text becomes a new version and the earlier ones stay readable;
     * the citation key can change only until the source is first cited.
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // SourceStore runs its own transaction
    public SourceDetails update(String citationKey, SourceDraft draft) {
        return store.update(citationKey, SourceRules.validate(draft), currentUser.requireUsername());
    }

    /**
     * Records that a briefing cites the source, which fixes its citation key. Called by the briefing
     * feature when a revision with the citation is saved.
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional(readOnly = false)
    public void markCited(String citationKey) {
        Source source = sources.findByCitationKey(citationKey)
                .orElseThrow(() -> new ActionRefusedException("No source has the key @" + citationKey + "."));
        source.markCited(clock.instant());
    }

    /** The source with this citation key. */
    public Optional<SourceDetails> findByKey(String citationKey) {
        return sources.findByCitationKey(citationKey).map(SourceStore::toDetails);
    }

    /** The versions of a source's text, newest first. */
    public List<SourceVersionSummary> versions(String citationKey) {
        return sources.findByCitationKey(citationKey)
                .map(source -> versions.findBySourceIdOrderByNumberDesc(source.id()).stream()
                        .map(version -> new SourceVersionSummary(
                                version.number(),
                                version.bodySha256(),
                                version.createdBy(),
                                version.createdAt(),
                                version.number() == source.currentVersion()))
                        .toList())
                .orElse(List.of());
    }

    /** One version of a source's text. */
    public Optional<SourceVersionDetails> version(String citationKey, int number) {
        return sources.findByCitationKey(citationKey)
                .flatMap(source -> versions.findBySourceIdAndNumber(source.id(), number))
                .map(version -> new SourceVersionDetails(
                        citationKey,
                        version.number(),
                        version.body(),
                        version.bodySha256(),
                        version.createdBy(),
                        version.createdAt()));
    }

    /**
     * The briefings that cite the source and that the caller may open (their own, any for editors,
     * published ones for everyone), and the number of the others, which are never named.
     */
    public SourceCitations.CitedBy citedBy(String citationKey) {
        SourceCitations provider = citations.getIfAvailable();
        return provider == null ? SourceCitations.CitedBy.NONE : provider.citing(citationKey);
    }

    /** The outlets in the library, for the search filter. */
    public List<String> outlets() {
        return sources.findOutlets();
    }

    /** The tags in the library, for the search filter. */
    public List<String> tags() {
        return sources.findTags();
    }

    /** The most sources one export file holds. */
    public static final int EXPORT_MAX = 10_000;

    /**
     * The sources the query finds (all of them without words or filters), as a file for a reference
     * manager or citation tool: CSL JSON or BibTeX (issue #19).
     *
     * @throws ActionRefusedException when the query finds more than {@link #EXPORT_MAX} sources
     */
    public String export(SourceQuery query, LibraryFormat format) {
        List<SourceDetails> found = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            SearchPage page = search(query, offset, 500);
            if (page.total() > EXPORT_MAX) {
                throw new ActionRefusedException("That is " + page.total() + " sources; export at most " + EXPORT_MAX
                        + " at a time. Narrow the search or choose an outlet or tag.");
            }
            page.hits().forEach(hit -> findByKey(hit.citationKey()).ifPresent(found::add));
            if (page.hits().size() < 500) {
                return LibraryExport.write(found, format);
            }
        }
    }

    /**
     * Searches the library: by relevance, then newest first; without words, newest first. Words
     * match in any form ("agreements" finds "agreement"), "quoted phrases" word for word.
     *
     * @throws org.briefdesk.index.SearchUnavailableException when the index does not answer
     */
    public SearchPage search(SourceQuery query, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new ActionRefusedException("Ask for 1 to 500 results at a time.");
        }
        String text = query.hasText() ? Highlights.strip(query.text()).strip() : null;
        SearchResult<java.util.List<?>> result = Searches.guard(() -> Search.session(entityManager)
                .search(Source.class)
                .select(f -> f.composite(f.entity(), f.highlight("body")))
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (text != null && !text.isEmpty()) {
                        root.add(f.simpleQueryString()
                                .field("title")
                                .boost(3f)
                                .field("body")
                                .fields("outlet", "authors", "tags_text")
                                .matching(text)
                                .defaultOperator(BooleanOperator.AND));
                    }
                    if (query.outlet() != null && !query.outlet().isBlank()) {
                        root.add(f.match().field("outlet_exact").matching(query.outlet()));
                    }
                    if (query.tag() != null && !query.tag().isBlank()) {
                        root.add(f.match().field("tags").matching(query.tag()));
                    }
                    if (query.publishedFrom() != null || query.publishedTo() != null) {
                        root.add(f.range().field("publishedDate").between(query.publishedFrom(), query.publishedTo()));
                    }
                })
                // The fast-vector highlighter reads the body's stored term vectors instead of
                // re-analysing the text, and makes snippets of a chosen length.
                .highlighter(f -> f.fastVector()
                        .tag(Highlights.MATCH_START, Highlights.MATCH_END)
                        .fragmentSize(220)
                        .numberOfFragments(2)
                        .noMatchSize(SNIPPET_FALLBACK_LENGTH))
                .sort(f -> f.score()
                        .then()
                        .field("publishedDate")
                        .desc()
                        .missing()
                        .last()
                        .then()
                        .field("capturedAt")
                        .desc())
                .fetch(offset, limit));
        List<SourceHit> hits = result.hits().stream().map(SourceService::toHit).toList();
        return new SearchPage(hits, result.total().hitCount());
    }

    @SuppressWarnings("unchecked")
    private static SourceHit toHit(java.util.List<?> row) {
        Source source = (Source) row.get(0);
        List<String> bodyFragments = (List<String>) row.get(1);
        return new SourceHit(
                source.citationKey(),
                source.title(),
                source.outlet(),
                source.publishedDate(),
                source.grade(),
                Highlights.snippet(bodyFragments, source.body(), SNIPPET_FALLBACK_LENGTH),
                source.bodySha256() == null);
    }
}
