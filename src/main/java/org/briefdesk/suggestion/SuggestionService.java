package org.briefdesk.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.briefing.BriefingChecks;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingEvents;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingStatus;
import org.briefdesk.briefing.SaveOutcome;
import org.briefdesk.citation.Finding;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Roles;
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
 * Suggestions on briefings. The editors suggest while a briefing is a draft, in review or sent back
 * for changes; its authors while they may edit it (a co-author proposing instead of changing). Its
 * authors accept them (a save through the ordinary save-and-merge path, recorded as a revision
 * "Accepted Erin's suggestion") or reject them while they may edit it; whoever made a suggestion may
 * also reject (withdraw) it. Decided suggestions are kept.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class SuggestionService {

    private static final Logger log = LoggerFactory.getLogger(SuggestionService.class);
    private static final String MAY_WRITE = "hasRole('" + Roles.AUTHOR + "')";

    /** The most suggestions one save may make: a rewrite is an edit (or a comment), not a suggestion. */
    static final int MAX_PER_SAVE = 100;

    /** How many pending suggestions the checks try one by one. */
    static final int MAX_CHECKED = 20;

    static final int NOTE_MAX = 1000;

    private final SuggestionRepository suggestions;
    private final BriefingService briefingService;
    private final BriefingChecks checks;
    private final NotificationService notifications;
    private final BriefingEvents events;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate writeTransaction;

    SuggestionService(
            SuggestionRepository suggestions,
            BriefingService briefingService,
            BriefingChecks checks,
            NotificationService notifications,
            BriefingEvents events,
            UserDirectory userDirectory,
            CurrentUser currentUser,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.suggestions = suggestions;
        this.briefingService = briefingService;
        this.checks = checks;
        this.notifications = notifications;
        this.events = events;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.writeTransaction = new TransactionTemplate(transactionManager);
        this.writeTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ------------------------------------------------------------------ reading

    /**
     * The briefing's suggestions: the pending ones first, in the order of {@code text} (the editor's
     * text, saved or not; outdated ones where they were), then the decided ones, newest first.
     */
    public List<SuggestionDetails> suggestions(long briefingId, String text) {
        requireBriefing(briefingId);
        Map<String, String> names = new HashMap<>();
        List<SuggestionDetails> all = suggestions.findByBriefingIdOrderByCreatedAtAscIdAsc(briefingId).stream()
                .map(suggestion -> details(suggestion, text, names))
                .toList();
        List<SuggestionDetails> ordered = new ArrayList<>(all.stream()
                .filter(SuggestionDetails::pending)
                .sorted(Comparator.comparingInt(SuggestionService::order))
                .toList());
        all.stream()
                .filter(suggestion -> !suggestion.pending())
                .sorted(Comparator.comparing(
                        SuggestionDetails::decidedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(ordered::add);
        return ordered;
    }

    private static int order(SuggestionDetails suggestion) {
        return suggestion.place() == null
                ? Integer.MAX_VALUE
                : suggestion.place().start();
    }

    /** Whether the caller may suggest changes to the briefing now. */
    public boolean maySuggest(long briefingId) {
        return currentUser.hasRole(org.briefdesk.security.Role.AUTHOR)
                && briefingService.worksOn(briefingId)
                && briefingService.get(briefingId).filter(this::open).isPresent();
    }

    /** Whether the caller may accept suggestions now: an author of the briefing, while it is editable. */
    public boolean mayAccept(long briefingId) {
        return briefingService
                .get(briefingId)
                .filter(BriefingDetails::editableByMe)
                .isPresent();
    }

    /**
     * What accepting each pending suggestion would make the checks find that they do not find now,
     * each selecting the suggestion's passage in {@code text} (the editor's text, saved or not): a
     * suggestion that breaks a quotation is flagged before anyone accepts it. A change can only affect
     * the quotations and citations of its own paragraph, so that paragraph is checked, with and
     * without it: a few milliseconds per suggestion, whatever the length of the briefing.
     */
    public List<Finding> checks(long briefingId, String text) {
        requireBriefing(briefingId);
        record Checked(SuggestionAnchor.Place place, String author) {}
        List<Checked> checked = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        suggestions.findByBriefingIdAndStateOrderByCreatedAtAscIdAsc(briefingId, SuggestionState.PENDING).stream()
                .limit(MAX_CHECKED)
                .forEach(suggestion -> suggestion.anchor().locate(text).ifPresent(place -> {
                    int from = paragraphStart(text, place.start());
                    int to = paragraphEnd(text, place.end());
                    checked.add(new Checked(place, suggestion.author()));
                    texts.add(text.substring(from, to));
                    texts.add(text.substring(from, place.start())
                            + suggestion.replacement()
                            + text.substring(place.end(), to));
                }));
        if (checked.isEmpty()) {
            return List.of();
        }
        // Every paragraph, as it is and as it would be, in one pass over the briefing and its sources.
        List<List<Finding>> findings = checks.findings(briefingId, texts);
        List<Finding> found = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < checked.size(); i++) {
            Checked suggestion = checked.get(i);
            Set<String> seen = new HashSet<>();
            findings.get(2 * i).forEach(finding -> seen.add(finding.severity() + finding.message()));
            String who = names.computeIfAbsent(suggestion.author(), this::name);
            for (Finding finding : findings.get(2 * i + 1)) {
                if (seen.add(finding.severity() + finding.message())) {
                    found.add(new Finding(
                            finding.severity(),
                            "If " + who + "’s suggestion is accepted: " + finding.message(),
                            suggestion.place().start(),
                            suggestion.place().end(),
                            finding.key()));
                }
            }
        }
        return found;
    }

    /** Where the paragraph holding {@code at} starts: after the blank line before it. */
    private static int paragraphStart(String text, int at) {
        int blank = text.lastIndexOf("\n\n", Math.max(0, at - 1));
        return blank < 0 ? 0 : blank + 2;
    }

    /** Where the paragraph holding {@code at} ends: at the blank line after it. */
    private static int paragraphEnd(String text, int at) {
        int blank = text.indexOf("\n\n", at);
        return blank < 0 ? text.length() : blank;
    }

    // ------------------------------------------------------------------ suggesting

    /**
     * Turns the caller's edit of revision {@code baseRevisionId} into suggestions, one per changed
     * stretch, each with the note; the briefing's authors are notified. Nothing of the briefing's text
     * changes.
     *
     * @return how many suggestions were made (0 when the text is the revision's)
     * @throws ActionRefusedException when the caller may not suggest now, or the edit is not acceptable
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional
    public int suggest(long briefingId, long baseRevisionId, String edited, @Nullable String note) {
        String me = currentUser.requireUsername();
        BriefingDetails briefing = requireSuggestable(briefingId);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw new ActionRefusedException("Keep the note under " + NOTE_MAX + " characters.");
        }
        org.briefdesk.briefing.BriefingRules.bodyProblem(edited).ifPresent(problem -> {
            throw new ActionRefusedException("Text: " + problem);
        });
        String base = briefingService
                .revision(briefingId, baseRevisionId)
                .orElseThrow(() -> new ActionRefusedException("The revision these suggestions start from is gone."))
                .body();
        List<WordChanges.Change> changes = WordChanges.between(base, edited);
        if (changes.size() > MAX_PER_SAVE) {
            throw new ActionRefusedException("That is " + changes.size() + " changes; suggest at most " + MAX_PER_SAVE
                    + " at a time, or discuss a rewrite in a comment.");
        }
        Instant now = clock.instant();
        for (WordChanges.Change change : changes) {
            suggestions.save(new Suggestion(
                    briefingId,
                    baseRevisionId,
                    change.start(),
                    SuggestionAnchor.capture(base, change.start(), change.end()),
                    change.replacement(),
                    text,
                    me,
                    now));
        }
        if (!changes.isEmpty()) {
            List<String> authors = new ArrayList<>();
            authors.add(briefing.owner());
            authors.addAll(briefing.coAuthors());
            notifications.post(
                    authors,
                    NotificationKind.SUGGESTED,
                    name(me) + " suggested " + count(changes.size()) + " to “" + briefing.title() + "”.",
                    "briefings/" + briefingId + "/edit?suggestions=open",
                    briefing.title());
            events.publish(new BriefingEvents.SuggestionsChanged(briefingId, me));
            log.info("Briefing {}: {} made {} suggestion(s)", briefing.slug(), me, changes.size());
        }
        return changes.size();
    }

    // ------------------------------------------------------------------ deciding

    /**
     * Accepts one suggestion: its change is applied to the briefing's current text and saved as a new
     * revision ("Accepted Erin's suggestion") through the ordinary save-and-merge path.
     *
     * @throws ActionRefusedException when the caller may not accept it, or it is outdated
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BriefingDetails accept(long suggestionId) {
        Suggestion suggestion = requirePending(suggestionId);
        return acceptTogether(suggestion.briefingId(), List.of(suggestion));
    }

    /** Accepts every pending suggestion that {@code author} made and that is not outdated, in one revision. */
    @PreAuthorize(MAY_WRITE)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BriefingDetails acceptAll(long briefingId, String author) {
        BriefingDetails briefing = requireAccepting(briefingId);
        List<Suggestion> theirs = pendingBy(briefingId, author).stream()
                .filter(suggestion ->
                        suggestion.anchor().locate(briefing.body()).isPresent())
                .toList();
        if (theirs.isEmpty()) {
            throw new ActionRefusedException("None of " + name(author) + "’s suggestions can be applied: "
                    + "there are none pending, or their passages changed.");
        }
        return acceptTogether(briefingId, theirs);
    }

    private BriefingDetails acceptTogether(long briefingId, List<Suggestion> chosen) {
        String me = currentUser.requireUsername();
        BriefingDetails briefing = requireAccepting(briefingId);
        String text = SuggestionText.applied(
                        briefing.body(),
                        chosen.stream()
                                .map(s -> new SuggestionText.Edit(s.anchor(), s.replacement()))
                                .toList())
                .orElseThrow(() -> new ActionRefusedException(
                        chosen.size() == 1
                                ? "This suggestion is outdated: its passage changed since it was made. Reject it,"
                                        + " or make the change by hand."
                                : "Some of these suggestions overlap or are outdated; accept them one by one."));
        String message = chosen.size() == 1
                ? "Accepted " + name(chosen.getFirst().author()) + "’s suggestion"
                : "Accepted " + chosen.size() + " of " + name(chosen.getFirst().author()) + "’s suggestions";
        var draft = briefing.toDraft();
        var result = briefingService.save(
                briefingId,
                briefing.currentRevisionId(),
                new org.briefdesk.briefing.BriefingDraft(
                        draft.title(), draft.summary(), text, draft.audience(), draft.tags(), draft.coAuthors()),
                message,
                false);
        if (result.outcome() == SaveOutcome.CONFLICT) {
            throw new ActionRefusedException("Someone changed this passage at the same moment. Look again, then"
                    + " accept or reject the suggestion.");
        }
        Long revision = result.briefing().currentRevisionId();
        Instant now = clock.instant();
        writeTransaction.executeWithoutResult(status -> chosen.forEach(s -> suggestions
                .findById(s.id())
                .filter(Suggestion::pending)
                .ifPresent(fresh -> fresh.decide(SuggestionState.ACCEPTED, me, now, revision))));
        events.publish(new BriefingEvents.SuggestionsChanged(briefingId, me));
        log.info("Briefing {}: {} accepted {} suggestion(s)", briefing.slug(), me, chosen.size());
        return result.briefing();
    }

    /** Rejects one suggestion; it stays in the panel's history. */
    @PreAuthorize(MAY_WRITE)
    @Transactional
    public void reject(long suggestionId) {
        String me = currentUser.requireUsername();
        Suggestion suggestion = requirePending(suggestionId);
        BriefingDetails briefing = requireBriefing(suggestion.briefingId());
        if (!briefing.editableByMe() && !suggestion.author().equals(me)) {
            throw new ActionRefusedException(
                    "Only the briefing's authors, while they may edit it, or whoever made a suggestion reject it.");
        }
        suggestion.decide(SuggestionState.REJECTED, me, clock.instant(), null);
        events.publish(new BriefingEvents.SuggestionsChanged(briefing.id(), me));
    }

    /** Rejects every pending suggestion {@code author} made on the briefing. */
    @PreAuthorize(MAY_WRITE)
    @Transactional
    public int rejectAll(long briefingId, String author) {
        String me = currentUser.requireUsername();
        BriefingDetails briefing = requireBriefing(briefingId);
        if (!briefing.editableByMe() && !author.equals(me)) {
            throw new ActionRefusedException(
                    "Only the briefing's authors, while they may edit it, or whoever made a suggestion reject it.");
        }
        List<Suggestion> theirs = pendingBy(briefingId, author);
        Instant now = clock.instant();
        theirs.forEach(suggestion -> suggestion.decide(SuggestionState.REJECTED, me, now, null));
        if (!theirs.isEmpty()) {
            events.publish(new BriefingEvents.SuggestionsChanged(briefingId, me));
        }
        return theirs.size();
    }

    // ------------------------------------------------------------------ rights and details

    private List<Suggestion> pendingBy(long briefingId, String author) {
        return suggestions
                .findByBriefingIdAndStateOrderByCreatedAtAscIdAsc(briefingId, SuggestionState.PENDING)
                .stream()
                .filter(suggestion -> suggestion.author().equals(author))
                .toList();
    }

    /**
     * Whether the briefing takes suggestions from the caller: from its authors while they may edit it
     * (a co-author proposing rather than changing), from the editors also while it is in review.
     */
    private boolean open(BriefingDetails briefing) {
        String me = currentUser.username().orElse("");
        boolean author = briefing.owner().equals(me) || briefing.coAuthors().contains(me);
        return author
                ? briefing.editableByMe()
                : briefing.status() == BriefingStatus.DRAFT
                        || briefing.status() == BriefingStatus.IN_REVIEW
                        || briefing.status() == BriefingStatus.CHANGES_REQUESTED;
    }

    private BriefingDetails requireBriefing(long briefingId) {
        return briefingService
                .get(briefingId)
                .filter(briefing -> briefingService.worksOn(briefingId))
                .orElseThrow(() -> new ActionRefusedException("No such briefing, or you may not see its suggestions."));
    }

    private BriefingDetails requireSuggestable(long briefingId) {
        BriefingDetails briefing = requireBriefing(briefingId);
        if (!open(briefing)) {
            throw new ActionRefusedException("This briefing is "
                    + briefing.status().label().toLowerCase(java.util.Locale.ROOT)
                    + ": its authors suggest while they may edit it, the editors also while it is in review.");
        }
        return briefing;
    }

    private BriefingDetails requireAccepting(long briefingId) {
        BriefingDetails briefing = requireBriefing(briefingId);
        if (!briefing.editableByMe()) {
            throw new ActionRefusedException("Only the briefing's authors accept suggestions, while it is a draft"
                    + " or sent back for changes.");
        }
        return briefing;
    }

    private Suggestion requirePending(long suggestionId) {
        Suggestion suggestion = suggestions
                .findById(suggestionId)
                .orElseThrow(() -> new ActionRefusedException("That suggestion no longer exists."));
        requireBriefing(suggestion.briefingId());
        if (!suggestion.pending()) {
            throw new ActionRefusedException("That suggestion was already "
                    + suggestion.state().name().toLowerCase(java.util.Locale.ROOT) + " by "
                    + name(Objects.requireNonNullElse(suggestion.decidedBy(), "someone")) + ".");
        }
        return suggestion;
    }

    private SuggestionDetails details(Suggestion suggestion, String text, Map<String, String> names) {
        SuggestionAnchor anchor = suggestion.anchor();
        String decidedBy = suggestion.decidedBy();
        return new SuggestionDetails(
                suggestion.id(),
                anchor.original(),
                suggestion.replacement(),
                anchor.before(),
                anchor.after(),
                suggestion.note(),
                suggestion.author(),
                names.computeIfAbsent(suggestion.author(), this::name),
                suggestion.createdAt(),
                suggestion.state(),
                suggestion.pending() ? anchor.locate(text).orElse(null) : null,
                decidedBy,
                decidedBy == null ? null : names.computeIfAbsent(decidedBy, this::name),
                suggestion.decidedAt(),
                suggestion.author().equals(currentUser.username().orElse("")));
    }

    private String name(String username) {
        return userDirectory
                .find(username)
                .map(UserDirectory.Person::displayName)
                .orElse(username);
    }

    private static String count(int changes) {
        return changes == 1 ? "a change" : changes + " changes";
    }
}
