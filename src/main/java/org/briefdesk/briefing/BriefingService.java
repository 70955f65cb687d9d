package org.briefdesk.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.citation.CitationGroup;
import org.briefdesk.citation.CitationRef;
import org.briefdesk.citation.CitedText;
import org.briefdesk.citation.QuotationChecker;
import org.briefdesk.citation.SourceInfo;
import org.briefdesk.citation.WordDiff;
import org.briefdesk.marking.Tlp;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;
import org.briefdesk.security.Roles;
import org.briefdesk.source.CitationKeys;
import org.briefdesk.source.SourceRules;
import org.briefdesk.source.SourceService;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.TradecraftSettings;
import org.briefdesk.user.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writing briefings (PRODUCT sections 3 and 4): create, save as revisions (merging with saves made
 * meanwhile, never losing text), history, diff and restore; the checks that tie the text to the
 * stored sources are {@link BriefingChecks}. Only the owner and co-authors edit, and only while
 * the briefing is a draft or sent back for changes.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class BriefingService {

    private static final Logger log = LoggerFactory.getLogger(BriefingService.class);
    private static final String MAY_WRITE = "hasRole('" + Roles.AUTHOR + "')";
    private static final int SLUG_MAX = 100;
    private static final int MAX_JUDGMENTS = 20;

    private final BriefingRepository briefings;
    private final BriefingRevisionRepository revisions;
    private final RevisionCitationRepository citations;
    private final SourceService sourceService;
    private final UserDirectory userDirectory;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate writeTransaction;
    private final BriefingEvents events;
    private final BriefingAccess access;
    private final TradecraftSettings tradecraftSettings;

    BriefingService(
            BriefingRepository briefings,
            BriefingRevisionRepository revisions,
            RevisionCitationRepository citations,
            SourceService sourceService,
            UserDirectory userDirectory,
            AuditLog auditLog,
            CurrentUser currentUser,
            Clock clock,
            PlatformTransactionManager transactionManager,
            BriefingEvents events,
            BriefingAccess access,
            TradecraftSettings tradecraftSettings) {
        this.briefings = briefings;
        this.revisions = revisions;
        this.citations = citations;
        this.sourceService = sourceService;
        this.userDirectory = userDirectory;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
        this.writeTransaction = new TransactionTemplate(transactionManager);
        this.writeTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.access = access;
        this.tradecraftSettings = tradecraftSettings;
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
        BriefingContent content = validate(draft, me, null);
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
     * Saves the editor's text; no text is ever lost (PRODUCT section 4). {@code baseRevisionId} is the
     * revision the editor started from and is recorded with the revision.
     *
     * <ul>
     *   <li>If nobody saved since the base, the text becomes the new current revision ({@link
     *       SaveOutcome#SAVED}). An autosave replaces the caller's autosave it was written on, and an autosave
     *       that changes nothing stores nothing ({@link SaveOutcome#UNCHANGED}).
     *   <li>If the briefing moved on, the base, the current text ("theirs") and the submitted text
     *       ("mine") are merged three ways: text line by line, title, summary and audience as whole
     *       values, tags and co-authors as sets. A clean merge is saved as the new current revision
     *       ({@link SaveOutcome#MERGED}, with {@link SaveResult#mergedWith()} naming whose changes it
     *       took in, and the merged text in {@link SaveResult#briefing()}).
     *   <li>If both sides changed the same lines or field differently, the submitted text is stored as
     *       a revision marked conflicted, the current text stays as it is, and {@link
     *       SaveResult#conflict()} describes the overlap ({@link SaveOutcome#CONFLICT}). Resolve it by
     *       saving the resolution with {@link SaveConflict#currentRevisionId()} as the base. An
     *       autosave whose text is already the caller's latest conflicted revision from the same base
     *       stores nothing new (and returns that revision).
     * </ul>
     *
     * Races in the database (two saves at once, optimistic-lock failures, MariaDB error 1020) are
     * retried, each time through the same merge, in a new transaction; so this method runs outside
     * any caller's transaction.
     *
     * @throws ActionRefusedException when the caller may not edit, the briefing is not editable, or a
     *     field is not acceptable; the text is then not stored, and stays with the caller
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SaveResult save(
            long briefingId,
            @Nullable Long baseRevisionId,
            BriefingDraft draft,
            @Nullable String message,
            boolean autosave) {
        String me = currentUser.requireUsername();
        BriefingRules.messageProblem(message).ifPresent(problem -> {
            throw new ActionRefusedException("Message: " + problem);
        });
        String text = message == null || message.isBlank() ? null : message.strip();
        return saveRetrying(briefingId, baseRevisionId, draft, text, autosave, null, me);
    }

    /**
     * An autosave from an editor whose text overlapped a co-author's and whose conflict is not
     * resolved yet: {@link #save} as an autosave, except that what the author goes on typing is kept
     * in one place rather than in one more conflicted revision per autosave. When it conflicts again,
     * its conflicted revision replaces {@code replacing}, the conflicted autosave the same editor
     * stored since the conflict was shown. The revision the conflict was first shown with is not
     * passed, so it stays; so does any conflicted revision of an explicit save. When the text merges
     * cleanly now (the author settled the overlap by hand), it is saved as usual.
     *
     * @param replacing the caller's own conflicted autosave that this one supersedes, or null; any
     *     other revision (someone else's, an explicit save's, a current one) is left alone
     * @throws ActionRefusedException as {@link #save} does
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SaveResult autosaveDuringConflict(
            long briefingId, @Nullable Long baseRevisionId, BriefingDraft draft, @Nullable Long replacing) {
        String me = currentUser.requireUsername();
        return saveRetrying(briefingId, baseRevisionId, draft, null, true, replacing, me);
    }

    private SaveResult saveRetrying(
            long briefingId,
            @Nullable Long baseRevisionId,
            BriefingDraft draft,
            @Nullable String message,
            boolean autosave,
            @Nullable Long replacing,
            String me) {
        SaveResult result = SaveRetry.run(() -> Objects.requireNonNull(writeTransaction.execute(
                status -> saveOnce(briefingId, baseRevisionId, draft, message, autosave, replacing, me))));
        // Committed by now: the co-authors' open editors take the new text (a conflicted revision
        // is not the current text, and an unchanged save stored nothing).
        if (result.revision() != null
                && (result.outcome() == SaveOutcome.SAVED || result.outcome() == SaveOutcome.MERGED)) {
            publishSaved(briefingId, result.revision().id(), me);
        }
        return result;
    }

    private void publishSaved(long briefingId, long revisionId, String author) {
        String name = userDirectory
                .find(author)
                .map(UserDirectory.Person::displayName)
                .orElse(author);
        events.publish(new BriefingEvents.Saved(briefingId, revisionId, author, name));
    }

    /**
     * The outcome of a save: the briefing now (after a merge, with the merged text), the revision
     * stored (none when nothing changed; the conflicted revision after a conflict), what happened,
     * whose changes were merged in (display names for "Merged with Erin's changes"), and the
     * conflict to resolve.
     */
    public record SaveResult(
            BriefingDetails briefing,
            @Nullable RevisionSummary revision,
            SaveOutcome outcome,
            List<UserDirectory.Person> mergedWith,
            @Nullable SaveConflict conflict) {

        public SaveResult {
            mergedWith = List.copyOf(mergedWith);
        }

        /** A plain save, or nothing stored when {@code revision} is null. */
        public SaveResult(BriefingDetails briefing, @Nullable RevisionSummary revision) {
            this(briefing, revision, revision == null ? SaveOutcome.UNCHANGED : SaveOutcome.SAVED, List.of(), null);
        }
    }

    private SaveResult saveOnce(
            long briefingId,
            @Nullable Long baseRevisionId,
            BriefingDraft draft,
            @Nullable String message,
            boolean autosave,
            @Nullable Long replacing,
            String me) {
        // The row lock comes first: it orders concurrent saves of one briefing, so each merges with
        // the one committed before it, and it is taken before this transaction reads anything else.
        Briefing briefing = lockForEditing(briefingId, me);
        BriefingContent submitted = validate(draft, briefing.owner(), briefing);
        Long current = briefing.currentRevisionId();
        RevisionKind kind = autosave ? RevisionKind.AUTOSAVE : RevisionKind.SAVE;
        if (baseRevisionId == null || current == null || baseRevisionId.equals(current)) {
            if (!me.equals(briefing.owner()) && !submitted.coAuthors().equals(briefing.coAuthors())) {
                throw new ActionRefusedException("Only the owner, " + briefing.owner() + ", changes the co-authors.");
            }
            if (autosave && sameContent(briefing, submitted)) {
                return new SaveResult(toDetails(briefing, current), null);
            }
            BriefingRevision revision = store(briefing, submitted, kind, message, baseRevisionId, me);
            return new SaveResult(toDetails(briefing, revision.id()), toSummary(revision));
        }

        BriefingRevision base = baseRevision(briefingId, baseRevisionId);
        List<UserDirectory.Person> theirAuthors = authorsSince(briefing, base, me);
        Set<String> coAuthors = mergedCoAuthors(briefing, base, submitted, me);
        ContentMerge merge = new ContentMerge(base, briefing, submitted, coAuthors);

        if (merge.clean()) {
            BriefingContent merged = merge.merged();
            refuse("Body", BriefingRules.bodyProblem(merged.body()));
            refuse("Title", BriefingRules.titleProblem(merged.title()));
            refuse("Summary", BriefingRules.summaryProblem(merged.summary()));
            if (autosave && sameContent(briefing, merged)) {
                return new SaveResult(toDetails(briefing, current), null, SaveOutcome.MERGED, theirAuthors, null);
            }
            BriefingRevision revision = store(briefing, merged, kind, message, baseRevisionId, me);
            log.info(
                    "Briefing {}: save by {} from revision {} merged with {}",
                    briefing.slug(),
                    me,
                    base.number(),
                    theirAuthors);
            return new SaveResult(
                    toDetails(briefing, revision.id()), toSummary(revision), SaveOutcome.MERGED, theirAuthors, null);
        }

        // Overlapping changes: keep the submitted text as it is, as a conflicted revision beside the
        // current one, and let the author resolve it.
        BriefingRevision conflicted = keptConflicted(
                briefing, baseRevisionId, submitted.withCoAuthors(coAuthors), kind, message, replacing, me);
        log.info(
                "Briefing {}: save by {} from revision {} conflicts with {}; kept as revision {}",
                briefing.slug(),
                me,
                base.number(),
                theirAuthors,
                conflicted.number());

        SaveConflict conflict = new SaveConflict(
                toSummary(conflicted), current, theirAuthors, merge.body(), merge.conflicts(), merge.keepingTheirs());
        return new SaveResult(
                toDetails(briefing, current), toSummary(conflicted), SaveOutcome.CONFLICT, theirAuthors, conflict);
    }

    /**
     * Keeps the author's overlapping text as a conflicted revision. An autosave whose text the
     * author's latest conflicted revision from the same base already holds stores nothing; one that
     * differs replaces {@code replacing} if that is the author's earlier conflicted autosave (see
     * {@link #autosaveDuringConflict}), so that typing through an open conflict adds no revision per
     * autosave.
     */
    private BriefingRevision keptConflicted(
            Briefing briefing,
            long baseRevisionId,
            BriefingContent mine,
            RevisionKind kind,
            @Nullable String message,
            @Nullable Long replacing,
            String me) {
        if (kind == RevisionKind.AUTOSAVE) {
            Optional<BriefingRevision> latest =
                    revisions.findFirstByBriefingIdAndAuthorAndBaseRevisionIdAndConflictedTrueOrderByIdDesc(
                            briefing.id(), me, baseRevisionId);
            if (latest.isPresent() && sameContent(latest.get(), mine)) {
                return latest.get();
            }
        }
        BriefingRevision conflicted = revisions.saveAndFlush(new BriefingRevision(
                briefing.id(),
                revisions.maxNumber(briefing.id()) + 1,
                kind,
                me,
                clock.instant(),
                message,
                baseRevisionId,
                mine,
                true));
        if (kind == RevisionKind.AUTOSAVE && replacing != null) {
            revisions.deleteConflictedAutosave(briefing.id(), me, replacing);
        } else if (kind != RevisionKind.AUTOSAVE) {
            auditLog.record(
                    AuditEvent.REVISION_SAVED,
                    me,
                    "briefing:" + briefing.slug(),
                    "revision " + conflicted.number() + " (conflicted, not current)");
        }
        return conflicted;
    }

    /**
     * The revision a save started from. An autosave replaces the author's autosave it was written on,
     * so the base may be gone; then the latest revision before it stands in. An older base only makes the
     * merge see more changes, so at worst a conflict more, never a lost edit.
     */
    private BriefingRevision baseRevision(long briefingId, long baseRevisionId) {
        return revisions
                .findByIdAndBriefingId(baseRevisionId, briefingId)
                .or(() -> revisions.findFirstByBriefingIdAndIdLessThanAndConflictedFalseOrderByIdDesc(
                        briefingId, baseRevisionId))
                .orElseGet(() -> new BriefingRevision(
                        briefingId,
                        0,
                        RevisionKind.SAVE,
                        "",
                        clock.instant(),
                        null,
                        null,
                        BriefingContent.empty(),
                        false));
    }

    /** Who saved the briefing after the base (the current text's authors), the saver left out. */
    private List<UserDirectory.Person> authorsSince(Briefing briefing, BriefingRevision base, String me) {
        Set<String> authors = new LinkedHashSet<>();
        for (BriefingRevision later :
                revisions.findByBriefingIdAndNumberGreaterThanOrderByNumberAsc(briefing.id(), base.number())) {
            if (!later.conflicted() && !later.author().equals(me)) {
                authors.add(later.author());
            }
        }
        return authors.stream()
                .map(username -> userDirectory.find(username).orElse(new UserDirectory.Person(username, username)))
                .toList();
    }

    /**
     * Co-authors merge as a set when the owner saves. Anyone else may not change them: their draft
     * must carry the co-authors of the base or of the current text, and the current ones stay.
     */
    private Set<String> mergedCoAuthors(
            Briefing briefing, BriefingRevision base, BriefingContent submitted, String me) {
        Set<String> current = briefing.coAuthors();
        Set<String> mine = submitted.coAuthors();
        if (!me.equals(briefing.owner())) {
            if (!mine.equals(current) && !mine.equals(base.coAuthors())) {
                throw new ActionRefusedException("Only the owner, " + briefing.owner() + ", changes the co-authors.");
            }
            return current;
        }
        return ContentMerge.mergeSets(base.coAuthors(), current, mine);
    }

    /** Makes the content the briefing's current text, as a new revision. */
    private BriefingRevision store(
            Briefing briefing,
            BriefingContent content,
            RevisionKind kind,
            @Nullable String message,
            @Nullable Long baseRevisionId,
            String me) {
        Instant now = clock.instant();
        @Nullable Long previous = briefing.currentRevisionId();
        briefing.apply(content, now);
        BriefingRevision revision = appendRevision(briefing, content, kind, message, baseRevisionId, me, now);
        if (kind == RevisionKind.AUTOSAVE) {
            // Written on the current revision, this autosave holds all of it: if that was the same
            // author's autosave, it is replaced. After a merge (another base) the earlier autosave
            // stays, since text of it that the merge left out exists nowhere else.
            if (baseRevisionId != null && baseRevisionId.equals(previous)) {
                revisions.deleteReplacedAutosave(briefing.id(), me, baseRevisionId);
            }
        } else {
            // Autosaves are not audited: they come every few seconds and replace one another.
            auditLog.record(
                    AuditEvent.REVISION_SAVED,
                    me,
                    "briefing:" + briefing.slug(),
                    "revision " + revision.number() + (message == null ? "" : ": " + message));
        }
        return revision;
    }

    /**
     * Makes an earlier revision's text the current one, as a new revision; nothing is lost.
     *
     * @throws ActionRefusedException when the caller may not edit or the revision is unknown
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional
    public SaveResult restore(long briefingId, long revisionId) {
        String me = currentUser.requireUsername();
        Briefing briefing = lockForEditing(briefingId, me);
        BriefingRevision old = revisions
                .findByIdAndBriefingId(revisionId, briefingId)
                .orElseThrow(() -> new ActionRefusedException("That revision does not belong to this briefing."));
        List<KeyJudgment> oldJudgments = old.judgments();
        BriefingContent content = new BriefingContent(
                old.title(),
                old.summary(),
                old.body(),
                briefing.audience(),
                briefing.tags(),
                briefing.coAuthors(),
                briefing.tlp(),
                old.yardstick() == null ? briefing.yardstick() : old.yardstick(),
                oldJudgments == null ? briefing.judgments() : oldJudgments);
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
        publishSaved(briefingId, revision.id(), me);
        return new SaveResult(toDetails(briefing, revision.id()), toSummary(revision));
    }

    /** The briefing, if the caller may see it: its authors and editors always, others once published. */
    public Optional<BriefingDetails> get(long briefingId) {
        return briefings.findById(briefingId).filter(access::mayOpen).map(b -> toDetails(b, b.currentRevisionId()));
    }

    /** The briefings the caller works on; editors see every briefing. Newest first. */
    public List<BriefingSummary> list() {
        String me = currentUser.requireUsername();
        List<Briefing> found = currentUser.hasRole(Role.EDITOR)
                ? briefings.findAllByOrderByUpdatedAtDesc()
                : briefings.findByAuthor(me);
        return found.stream()
                .map(b ->
                        new BriefingSummary(b.id(), b.slug(), b.title(), b.status(), b.owner(), b.updatedAt(), b.tlp()))
                .toList();
    }

    /**
     * Whether the caller works on the briefing — an author or an editor — and so may open it in the
     * editor and see its revisions, timeline and comments. Others see at most its published editions.
     */
    public boolean worksOn(long briefingId) {
        return briefings.findById(briefingId).filter(access::worksOn).isPresent();
    }

    /** The revisions of a briefing, newest first: for its authors and the editors only. */
    public List<RevisionSummary> revisions(long briefingId) {
        requireWorkedOn(briefingId);
        return revisions.findByBriefingIdOrderByNumberDesc(briefingId).stream()
                .map(BriefingService::toSummary)
                .toList();
    }

    /** One revision with its text: for the briefing's authors and the editors only. */
    public Optional<RevisionDetails> revision(long briefingId, long revisionId) {
        requireWorkedOn(briefingId);
        return revisions
                .findByIdAndBriefingId(revisionId, briefingId)
                .map(r -> new RevisionDetails(toSummary(r), r.title(), r.summary(), r.body()));
    }

    /** A word-level diff between two revisions of the briefing: for its authors and the editors only. */
    public List<WordDiff.Part> diff(long briefingId, long fromRevisionId, long toRevisionId) {
        requireWorkedOn(briefingId);
        BriefingRevision from = revisions
                .findByIdAndBriefingId(fromRevisionId, briefingId)
                .orElseThrow(() -> new ActionRefusedException("That revision does not belong to this briefing."));
        BriefingRevision to = revisions
                .findByIdAndBriefingId(toRevisionId, briefingId)
                .orElseThrow(() -> new ActionRefusedException("That revision does not belong to this briefing."));
        return WordDiff.diff(from.body(), to.body());
    }

    private Briefing requireWorkedOn(long briefingId) {
        return briefings
                .findById(briefingId)
                .filter(access::worksOn)
                .orElseThrow(() -> new ActionRefusedException("No such briefing, or you may not see its revisions."));
    }

    /** The briefing, locked for the rest of the transaction, if the caller may edit it now. */
    private Briefing lockForEditing(long briefingId, String me) {
        Briefing briefing = briefings
                .lockById(briefingId)
                .filter(access::mayOpen)
                .orElseThrow(() -> new ActionRefusedException("No such briefing, or you may not open it."));
        if (!briefing.isAuthor(me)) {
            throw new ActionRefusedException("Only the owner and co-authors edit this briefing.");
        }
        if (!briefing.status().editable()) {
            throw new ActionRefusedException("This briefing is "
                    + briefing.status().label().toLowerCase(Locale.ROOT) + " and cannot be edited now.");
        }
        return briefing;
    }

    /** The draft checked and normalised; what it leaves out comes from {@code briefing} (or the defaults). */
    private BriefingContent validate(BriefingDraft draft, String owner, @Nullable Briefing briefing) {
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
        List<KeyJudgment> judgments =
                draft.judgments() != null ? draft.judgments() : briefing == null ? List.of() : briefing.judgments();
        if (judgments.size() > MAX_JUDGMENTS) {
            throw new ActionRefusedException(
                    "Key judgments: at most " + MAX_JUDGMENTS + ", the ones that matter most.");
        }
        for (KeyJudgment judgment : judgments) {
            refuse("Key judgments", BriefingRules.judgmentProblem(judgment.text()));
        }
        return new BriefingContent(
                draft.title().strip(),
                summary,
                draft.body().replace("\r\n", "\n"),
                draft.audience(),
                tags,
                coAuthors,
                draft.tlp() != null ? draft.tlp() : briefing == null ? Tlp.CLEAR : briefing.tlp(),
                draft.yardstick() != null
                        ? draft.yardstick()
                        : briefing == null ? tradecraftSettings.defaultYardstick() : briefing.yardstick(),
                judgments);
    }

    private static void refuse(String field, Optional<String> problem) {
        problem.ifPresent(p -> {
            throw new ActionRefusedException(field + ": " + p);
        });
    }

    private static boolean sameContent(BriefingRevision revision, BriefingContent content) {
        return revision.title().equals(content.title())
                && java.util.Objects.equals(revision.summary(), content.summary())
                && revision.body().equals(content.body())
                && revision.audience() == content.audience()
                && Set.copyOf(content.tags()).equals(revision.tags())
                && Set.copyOf(content.coAuthors()).equals(revision.coAuthors())
                && revision.tlp() == content.tlp()
                && revision.yardstick() == content.yardstick()
                && content.judgments().equals(revision.judgments());
    }

    private static boolean sameContent(Briefing briefing, BriefingContent content) {
        return briefing.title().equals(content.title())
                && java.util.Objects.equals(briefing.summary(), content.summary())
                && briefing.body().equals(content.body())
                && briefing.audience() == content.audience()
                && briefing.tags().equals(Set.copyOf(content.tags()))
                && briefing.coAuthors().equals(Set.copyOf(content.coAuthors()))
                && briefing.tlp() == content.tlp()
                && briefing.yardstick() == content.yardstick()
                && briefing.judgments().equals(content.judgments());
    }

    private BriefingRevision appendRevision(
            Briefing briefing,
            BriefingContent content,
            RevisionKind kind,
            @Nullable String message,
            @Nullable Long baseRevisionId,
            String author,
            Instant now) {
        Map<String, Integer> previouslyPinned = BriefingChecks.pinnedVersions(briefing, citations);
        int number = revisions.maxNumber(briefing.id()) + 1;
        BriefingRevision revision = revisions.saveAndFlush(new BriefingRevision(
                briefing.id(), number, kind, author, now, message, baseRevisionId, content, false));
        briefing.setCurrentRevision(revision.id());
        recordCitations(revision, content.citedText(), previouslyPinned);
        return revision;
    }

    /**
     * Stores the revision's citations, each pinned to a source version: the version an earlier
     * revision pinned, so that a later change of the source stays visible, or else the current one.
     */
    private void recordCitations(BriefingRevision revision, String body, Map<String, Integer> previouslyPinned) {
        CitedText text = CitedText.of(body);
        Map<Integer, String> quotedBefore = new HashMap<>();
        QuotationChecker.quotations(text).forEach(quotation -> {
            if (quotation.citation() != null) {
                quotedBefore.put(quotation.citation().start(), quotation.text());
            }
        });
        BriefingSourceLookup lookup = new BriefingSourceLookup(sourceService);
        // Each key found, once: marked as cited below.
        Map<String, Optional<SourceInfo>> found = new HashMap<>();
        int position = 0;
        for (CitationGroup group : text.groups()) {
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
                briefing.isAuthor(me) && briefing.status().editable(),
                briefing.tlp(),
                briefing.yardstick(),
                briefing.judgments());
    }

    private static RevisionSummary toSummary(BriefingRevision revision) {
        return new RevisionSummary(
                revision.id(),
                revision.number(),
                revision.kind(),
                revision.author(),
                revision.createdAt(),
                revision.message(),
                revision.baseRevisionId(),
                revision.conflicted());
    }
}
