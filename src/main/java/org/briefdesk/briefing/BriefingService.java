package org.briefdesk.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.citation.CitationGroup;
import org.briefdesk.citation.CitationParser;
import org.briefdesk.citation.CitationRef;
import org.briefdesk.citation.MarkdownPipeline;
import org.briefdesk.citation.QuotationChecker;
import org.briefdesk.citation.RenderLimits;
import org.briefdesk.citation.SourceInfo;
import org.briefdesk.citation.WordDiff;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;
import org.briefdesk.security.Roles;
import org.briefdesk.source.CitationKeys;
import org.briefdesk.source.SourceRules;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing briefings (PRODUCT section 3): create, save as revisions, history, diff, restore, and the
 * checks that tie the text to the stored sources. Only the owner and co-authors edit, and only while
 * the briefing is a draft or sent back for changes.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class BriefingService {

    private static final Logger log = LoggerFactory.getLogger(BriefingService.class);
    private static final String MAY_WRITE = "hasRole('" + Roles.AUTHOR + "')";
    private static final int SLUG_MAX = 100;

    private final BriefingRepository briefings;
    private final BriefingRevisionRepository revisions;
    private final RevisionCitationRepository citations;
    private final SourceService sourceService;
    private final UserDirectory userDirectory;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MarkdownPipeline pipeline = new MarkdownPipeline(RenderLimits.defaults());

    BriefingService(
            BriefingRepository briefings,
            BriefingRevisionRepository revisions,
            RevisionCitationRepository citations,
            SourceService sourceService,
            UserDirectory userDirectory,
            AuditLog auditLog,
            CurrentUser currentUser,
            Clock clock) {
        this.briefings = briefings;
        this.revisions = revisions;
        this.citations = citations;
        this.sourceService = sourceService;
        this.userDirectory = userDirectory;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Creates a draft owned by the caller, with its first revision.
     *
     * @throws ActionRefusedException when a field is not acceptable
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional
    public BriefingDetails create(BriefingDraft draft) {
        String me = currentUser.requireUsername();
        BriefingContent content = validate(draft, me);
        Instant now = clock.instant();
        Briefing briefing = briefings.saveAndFlush(new Briefing(freeSlug(content.title()), me, now));
        briefing.apply(content, now);
        BriefingRevision revision = appendRevision(briefing, content, RevisionKind.SAVE, "Created", null, me, now);
        log.info("Briefing {} created by {}", briefing.slug(), me);
        auditLog.record(
                AuditEvent.REVISION_SAVED,
                me,
                "briefing:" + briefing.slug(),
                "revision " + revision.number() + ", created");
        return toDetails(briefing, revision.id());
    }

    /**
     * Saves the editor's text as a new revision. {@code baseRevisionId} is the revision the editor
     * started from; it is recorded with the revision. An autosave replaces the caller's earlier
     * autosaves, and an autosave that changes nothing stores nothing.
     *
     * @throws ActionRefusedException when the caller may not edit, the briefing is not editable, a
     *     field is not acceptable, or the briefing moved on since {@code baseRevisionId}
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional
    public SaveResult save(
            long briefingId,
            @Nullable Long baseRevisionId,
            BriefingDraft draft,
            @Nullable String message,
            boolean autosave) {
        String me = currentUser.requireUsername();
        Briefing briefing = loadForEditing(briefingId, me);
        BriefingRules.messageProblem(message).ifPresent(problem -> {
            throw new ActionRefusedException("Message: " + problem);
        });
        Long current = briefing.currentRevisionId();
        if (baseRevisionId != null && current != null && !baseRevisionId.equals(current)) {
            BriefingRevision newer = revisions.findById(current).orElseThrow();
            String who = userDirectory
                    .find(newer.author())
                    .map(UserDirectory.Person::displayName)
                    .orElse(newer.author());
            throw new ActionRefusedException(who + " saved a newer version meanwhile. Your text is still in the"
                    + " editor: copy it, reload the briefing, and apply your changes again.");
        }
        BriefingContent content = validate(draft, briefing.owner());
        if (!me.equals(briefing.owner()) && !content.coAuthors().equals(briefing.coAuthors())) {
            throw new ActionRefusedException("Only the owner, " + briefing.owner() + ", changes the co-authors.");
        }
        if (autosave && sameContent(briefing, content)) {
            return new SaveResult(toDetails(briefing, current), null);
        }
        Instant now = clock.instant();
        briefing.apply(content, now);
        String text = message == null || message.isBlank() ? null : message.strip();
        BriefingRevision revision = appendRevision(
                briefing, content, autosave ? RevisionKind.AUTOSAVE : RevisionKind.SAVE, text, baseRevisionId, me, now);
        if (autosave) {
            revisions.deleteOtherAutosaves(briefing.id(), me, revision.id());
        } else {
            // Autosaves are not audited: they come every few seconds and replace one another.
            auditLog.record(
                    AuditEvent.REVISION_SAVED,
                    me,
                    "briefing:" + briefing.slug(),
                    "revision " + revision.number() + (text == null ? "" : ": " + text));
        }
        return new SaveResult(toDetails(briefing, revision.id()), toSummary(revision));
    }

    /** The outcome of a save: the briefing now, and the new revision (none when nothing changed). */
    public record SaveResult(
            BriefingDetails briefing, @Nullable RevisionSummary revision) {}

    /**
     * Makes an earlier revision's text the current one, as a new revision; nothing is lost.
     *
     * @throws ActionRefusedException when the caller may not edit or the revision is unknown
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional
    public SaveResult restore(long briefingId, long revisionId) {
        String me = currentUser.requireUsername();
        Briefing briefing = loadForEditing(briefingId, me);
        BriefingRevision old = revisions
                .findByIdAndBriefingId(revisionId, briefingId)
                .orElseThrow(() -> new ActionRefusedException("That revision does not belong to this briefing."));
        BriefingContent content = new BriefingContent(
                old.title(), old.summary(), old.body(), briefing.audience(), briefing.tags(), briefing.coAuthors());
        Instant now = clock.instant();
        briefing.apply(content, now);
        BriefingRevision revision = appendRevision(
                briefing,
                content,
                RevisionKind.RESTORE,
                "Restored revision " + old.number(),
                briefing.currentRevisionId(),
                me,
                now);
        auditLog.record(
                AuditEvent.REVISION_RESTORED,
                me,
                "briefing:" + briefing.slug(),
                "revision " + old.number() + " restored as revision " + revision.number());
        return new SaveResult(toDetails(briefing, revision.id()), toSummary(revision));
    }

    /** The briefing, if the caller may see it: its authors and editors always, others once published. */
    public Optional<BriefingDetails> get(long briefingId) {
        return briefings.findById(briefingId).filter(this::visible).map(b -> toDetails(b, b.currentRevisionId()));
    }

    /** The briefings the caller works on; editors see every briefing. Newest first. */
    public List<BriefingSummary> list() {
        String me = currentUser.requireUsername();
        List<Briefing> found = currentUser.hasRole(Role.EDITOR)
                ? briefings.findAllByOrderByUpdatedAtDesc()
                : briefings.findByAuthor(me);
        return found.stream()
                .map(b -> new BriefingSummary(b.id(), b.slug(), b.title(), b.status(), b.owner(), b.updatedAt()))
                .toList();
    }

    /** The revisions of a briefing, newest first. */
    public List<RevisionSummary> revisions(long briefingId) {
        requireVisible(briefingId);
        return revisions.findByBriefingIdOrderByNumberDesc(briefingId).stream()
                .map(BriefingService::toSummary)
                .toList();
    }

    /** One revision with its text. */
    public Optional<RevisionDetails> revision(long briefingId, long revisionId) {
        requireVisible(briefingId);
        return revisions
                .findByIdAndBriefingId(revisionId, briefingId)
                .map(r -> new RevisionDetails(toSummary(r), r.title(), r.summary(), r.body()));
    }

    /** A word-level diff of the text between two revisions of the same briefing. */
    public List<WordDiff.Part> diff(long briefingId, long fromRevisionId, long toRevisionId) {
        requireVisible(briefingId);
        BriefingRevision from = revisions
                .findByIdAndBriefingId(fromRevisionId, briefingId)
                .orElseThrow(() -> new ActionRefusedException("That revision does not belong to this briefing."));
        BriefingRevision to = revisions
                .findByIdAndBriefingId(toRevisionId, briefingId)
                .orElseThrow(() -> new ActionRefusedException("That revision does not belong to this briefing."));
        return WordDiff.diff(from.body(), to.body());
    }

    /**
     * The preview and checks of a text being written. With a briefing id, citations are compared
     * with the source versions the briefing's current revision pinned.
     */
    public CheckReport check(@Nullable Long briefingId, String markdown) {
        Map<String, Integer> pinned = briefingId == null ? Map.of() : pinnedVersions(requireVisible(briefingId));
        BriefingSourceLookup lookup = new BriefingSourceLookup(sourceService);
        return new CheckReport(pipeline.render(markdown, lookup), QuotationChecker.check(markdown, lookup, pinned));
    }

    /** Whether the current revision may be submitted for review: its checks have no errors. */
    public boolean maySubmit(long briefingId) {
        Briefing briefing = requireVisible(briefingId);
        return briefing.status().editable()
                && !check(briefingId, briefing.body()).hasErrors();
    }

    private boolean visible(Briefing briefing) {
        String me = currentUser.requireUsername();
        return briefing.isAuthor(me)
                || currentUser.hasRole(Role.EDITOR)
                || briefing.status() == BriefingStatus.PUBLISHED;
    }

    private Briefing requireVisible(long briefingId) {
        return briefings
                .findById(briefingId)
                .filter(this::visible)
                .orElseThrow(() -> new ActionRefusedException("No such briefing, or you may not open it."));
    }

    private Briefing loadForEditing(long briefingId, String me) {
        Briefing briefing = requireVisible(briefingId);
        if (!briefing.isAuthor(me)) {
            throw new ActionRefusedException("Only the owner and co-authors edit this briefing.");
        }
        if (!briefing.status().editable()) {
            throw new ActionRefusedException("This briefing is "
                    + briefing.status().label().toLowerCase(Locale.ROOT) + " and cannot be edited now.");
        }
        return briefing;
    }

    private BriefingContent validate(BriefingDraft draft, String owner) {
        refuse("Title", BriefingRules.titleProblem(draft.title()));
        refuse("Summary", BriefingRules.summaryProblem(draft.summary()));
        refuse("Body", BriefingRules.bodyProblem(draft.body()));
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : draft.tags()) {
            refuse("Tags", SourceRules.tagProblem(tag));
            tags.add(SourceRules.normalizeTag(tag));
        }
        Set<String> coAuthors = new LinkedHashSet<>();
        for (String coAuthor : draft.coAuthors()) {
            if (coAuthor.equals(owner)) {
                continue;
            }
            if (!userDirectory.isWriter(coAuthor)) {
                throw new ActionRefusedException("Co-authors: " + coAuthor + " is not an author here.");
            }
            coAuthors.add(coAuthor);
        }
        String summary = draft.summary() == null || draft.summary().isBlank()
                ? null
                : draft.summary().strip();
        return new BriefingContent(
                draft.title().strip(), summary, draft.body().replace("\r\n", "\n"), draft.audience(), tags, coAuthors);
    }

    private static void refuse(String field, Optional<String> problem) {
        problem.ifPresent(p -> {
            throw new ActionRefusedException(field + ": " + p);
        });
    }

    private static boolean sameContent(Briefing briefing, BriefingContent content) {
        return briefing.title().equals(content.title())
                && java.util.Objects.equals(briefing.summary(), content.summary())
                && briefing.body().equals(content.body())
                && briefing.audience() == content.audience()
                && briefing.tags().equals(Set.copyOf(content.tags()))
                && briefing.coAuthors().equals(Set.copyOf(content.coAuthors()));
    }

    private BriefingRevision appendRevision(
            Briefing briefing,
            BriefingContent content,
            RevisionKind kind,
            @Nullable String message,
            @Nullable Long baseRevisionId,
            String author,
            Instant now) {
        Map<String, Integer> previouslyPinned = pinnedVersions(briefing);
        int number = revisions.maxNumber(briefing.id()) + 1;
        BriefingRevision revision = revisions.saveAndFlush(
                new BriefingRevision(briefing.id(), number, kind, author, now, message, baseRevisionId, content));
        briefing.setCurrentRevision(revision.id());
        recordCitations(revision, content.body(), previouslyPinned);
        return revision;
    }

    /**
     * Stores the revision's citations, each pinned to a source version: the version an earlier
     * revision pinned, so that a later change of the source stays visible, or else the current one.
     */
    private void recordCitations(BriefingRevision revision, String body, Map<String, Integer> previouslyPinned) {
        Map<Integer, String> quotedBefore = new HashMap<>();
        QuotationChecker.quotations(body).forEach(quotation -> {
            if (quotation.citation() != null) {
                quotedBefore.put(quotation.citation().start(), quotation.text());
            }
        });
        BriefingSourceLookup lookup = new BriefingSourceLookup(sourceService);
        Map<String, Optional<SourceInfo>> found = new HashMap<>();
        int position = 0;
        for (CitationGroup group : CitationParser.parse(body)) {
            for (CitationRef ref : group.refs()) {
                Optional<SourceInfo> source = found.computeIfAbsent(ref.key(), lookup::find);
                Integer version = previouslyPinned.containsKey(ref.key())
                        ? previouslyPinned.get(ref.key())
                        : source.map(SourceInfo::version).orElse(null);
                String locator = ref.locator() == null ? null : truncate(ref.locator(), 200);
                citations.save(new RevisionCitation(
                        revision.id(),
                        position++,
                        truncate(ref.key(), 80),
                        version,
                        locator,
                        quotedBefore.get(group.start())));
            }
        }
        found.forEach((key, source) -> source.ifPresent(s -> sourceService.markCited(key)));
    }

    private Map<String, Integer> pinnedVersions(Briefing briefing) {
        Long current = briefing.currentRevisionId();
        if (current == null) {
            return Map.of();
        }
        Map<String, Integer> pinned = new HashMap<>();
        for (RevisionCitation citation : citations.findByRevisionIdOrderByPosition(current)) {
            if (citation.sourceVersion() != null) {
                pinned.merge(citation.sourceKey(), citation.sourceVersion(), Math::min);
            }
        }
        return pinned;
    }

    private String freeSlug(String title) {
        String base = CitationKeys.slug(title);
        if (base.length() > SLUG_MAX) {
            base = base.substring(0, SLUG_MAX).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "briefing";
        }
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? base : base + "-" + n;
            if (!briefings.existsBySlug(candidate)) {
                return candidate;
            }
        }
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private BriefingDetails toDetails(Briefing briefing, @Nullable Long revisionId) {
        String me = currentUser.username().orElse("");
        return new BriefingDetails(
                briefing.id(),
                briefing.slug(),
                briefing.title(),
                briefing.summary(),
                briefing.body(),
                briefing.audience(),
                briefing.status(),
                briefing.edition(),
                briefing.owner(),
                List.copyOf(briefing.coAuthors()),
                List.copyOf(briefing.tags()),
                revisionId,
                briefing.updatedAt(),
                briefing.isAuthor(me) && briefing.status().editable());
    }

    private static RevisionSummary toSummary(BriefingRevision revision) {
        return new RevisionSummary(
                revision.id(),
                revision.number(),
                revision.kind(),
                revision.author(),
                revision.createdAt(),
                revision.message(),
                revision.baseRevisionId());
    }
}
