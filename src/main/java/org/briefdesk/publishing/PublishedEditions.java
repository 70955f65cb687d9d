package org.briefdesk.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.briefing.Audience;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What readers get of published briefings: the reading pages, the exports and the feed, answered
 * from {@link EditionCache} (no SQL once a briefing is cached). PUBLIC editions are for anyone,
 * INTERNAL ones for signed-in users: an anonymous caller asking for one gets an
 * {@link AccessDeniedException}, which sends a browser to the sign-in page and back.
 *
 * <p>Deliberately not transactional: a transaction would take a database connection for every
 * request, cached or not. {@link EditionStore} reads the database when the cache misses.
 */
@Service
public class PublishedEditions {

    private final EditionCache cache;
    private final EditionStore store;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    PublishedEditions(EditionCache cache, EditionStore store, CurrentUser currentUser, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.cache = cache;
        this.store = store;
        this.currentUser = currentUser;
    }

    /** The page of the latest edition (or the retraction notice); empty if nothing is published under the slug. */
    public Optional<CachedFile> latestPage(String slug) {
        boolean signedIn = currentUser.username().isPresent();
        return find(slug).map(briefing -> readable(briefing.latestPage(signedIn)));
    }

    /** The page of one edition, listing only the editions the caller may open. */
    public Optional<CachedFile> editionPage(String slug, int number) {
        boolean signedIn = currentUser.username().isPresent();
        return find(slug)
                .flatMap(briefing -> briefing.editionPage(number, signedIn))
                .map(this::readable);
    }

    /**
     * The Markdown export of the latest edition, or of edition {@code number}. A retracted
     * briefing has no latest export; its editions keep theirs.
     */
    public Optional<CachedFile> export(String slug, @Nullable Integer number, boolean pandoc) {
        return find(slug)
                .flatMap(briefing -> {
                    if (number != null) {
                        return briefing.export(number, pandoc);
                    }
                    return briefing.retraction() != null
                            ? Optional.empty()
                            : briefing.export(briefing.latest().number(), pandoc);
                })
                .map(this::readable);
    }

    /**
     * An edition as a Word or PDF document (issue #19): of the latest edition, or of edition {@code
     * number}; written at the first download and kept in the cache with the edition.
     */
    public Optional<CachedFile> document(String slug, @Nullable Integer number, EditionDocument kind) {
        return find(slug)
                .flatMap(briefing -> {
                    if (number != null) {
                        return briefing.document(number, kind);
                    }
                    return briefing.retraction() != null
                            ? Optional.empty()
                            : briefing.document(briefing.latest().number(), kind);
                })
                .map(this::readable);
    }

    /**
     * A PUBLIC page or download that is already in memory and the same for every reader, for
     * answering before any security or MVC machinery runs; empty for anything else (not cached,
     * INTERNAL, a page of a briefing that also has internal editions, retracted latest download), which then takes the ordinary way through {@link #latestPage} and friends. Anyone
     * may read what this returns, so it checks nothing else.
     */
    public Optional<CachedFile> cachedPublic(String slug, @Nullable Integer edition, boolean markdown, boolean pandoc) {
        return cache.peek(slug)
                .flatMap(briefing -> {
                    if (markdown) {
                        if (edition != null) {
                            return briefing.export(edition, pandoc);
                        }
                        return briefing.retraction() != null
                                ? Optional.empty()
                                : briefing.export(briefing.latest().number(), pandoc);
                    }
                    return edition == null
                            ? Optional.of(briefing.latestPage(false))
                            : briefing.editionPage(edition, false);
                })
                .filter(CachedFile::publicEverywhere);
    }

    /** The Atom feed of the latest public editions, with links under {@code baseUrl}. */
    public CachedFile feed(String baseUrl) {
        return cache.feed(baseUrl, () -> {
            List<AtomFeed.Entry> entries = store.latest(EditionStore.FEED_SIZE).stream()
                    .filter(entry -> entry.edition().visibility() == Audience.PUBLIC)
                    .toList();
            return CachedFile.of(AtomFeed.write(entries, baseUrl), Audience.PUBLIC, "feed.atom");
        });
    }

    /** The latest published briefings, newest first, as the signed-in caller may read them. */
    @PreAuthorize("isAuthenticated()")
    public List<PublishedSummary> recent(int limit) {
        return store.latest(limit).stream()
                .map(entry -> new PublishedSummary(
                        entry.edition().briefingId(),
                        entry.edition().slug(),
                        entry.edition().title(),
                        entry.edition().number(),
                        entry.edition().publishedAt(),
                        entry.edition().audience(),
                        entry.retraction() != null,
                        entry.edition().tlp()))
                .toList();
    }

    /** The editions of one briefing, oldest first (empty if it was never published). */
    @PreAuthorize("isAuthenticated()")
    public List<FrozenEdition> editionsOf(long briefingId) {
        return store.editionsOf(briefingId);
    }

    /**
     * A zip of every published edition in both Markdown flavours with an index, for editors and
     * administrators.
     */
    @PreAuthorize("hasAnyRole('" + Roles.EDITOR + "', '" + Roles.ADMIN + "')")
    public byte[] exportAll() {
        List<EditionStore.ExportedEdition> everything = store.everything();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            StringBuilder index = new StringBuilder("# Briefdesk: published editions\n\n");
            index.append("| Briefing | Edition | Published | Audience | Portable | Pandoc |\n");
            index.append("|---|---|---|---|---|---|\n");
            for (EditionStore.ExportedEdition exported : everything) {
                FrozenEdition edition = exported.edition();
                String folder = MarkdownExport.safeSlug(edition.slug()) + "/";
                String portable = folder + MarkdownExport.fileName(edition.slug(), edition.number(), false);
                String pandoc = folder + MarkdownExport.fileName(edition.slug(), edition.number(), true);
                put(zip, portable, edition.portableExport());
                put(zip, pandoc, edition.pandocExport());
                index.append("| ")
                        .append(MarkdownExport.escape(edition.title()))
                        .append(exported.retraction() != null ? " (retracted)" : "")
                        .append(" | ")
                        .append(edition.number())
                        .append(" | ")
                        .append(edition.publishedAt())
                        .append(" | ")
                        .append(edition.audience().name())
                        .append(" | [")
                        .append(portable)
                        .append("](")
                        .append(portable)
                        .append(") | [")
                        .append(pandoc)
                        .append("](")
                        .append(pandoc)
                        .append(") |\n");
            }
            put(zip, "index.md", index.toString());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        auditLog.record(AuditEvent.EXPORT_ALL, "editions", everything.size() + " editions");
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private Optional<PublishedBriefing> find(String slug) {
        if (slug.isEmpty() || slug.length() > 120) {
            return Optional.empty();
        }
        return cache.get(slug, store::load);
    }

    private CachedFile readable(CachedFile file) {
        if (file.audience() == Audience.INTERNAL && currentUser.username().isEmpty()) {
            throw new AccessDeniedException("Sign in to read this briefing.");
        }
        return file;
    }
}
