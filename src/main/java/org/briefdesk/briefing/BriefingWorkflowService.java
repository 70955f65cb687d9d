package org.briefdesk.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.marking.Tlp;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.review.Action;
import org.briefdesk.review.Actor;
import org.briefdesk.review.ReviewStateMachine;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;
import org.briefdesk.security.Roles;
import org.briefdesk.tradecraft.JudgmentChange;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.KeyJudgments;
import org.briefdesk.tradecraft.Yardstick;
import org.briefdesk.user.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial review (PRODUCT section 5): submit, withdraw, request changes, approve, reopen. Every
 * rule of {@link ReviewStateMachine} is enforced here, on a locked row, so two people acting at once
 * end in exactly one valid state and the other is told why their action no longer applies.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class BriefingWorkflowService {

    private static final Logger log = LoggerFactory.getLogger(BriefingWorkflowService.class);

    private final BriefingRepository briefings;
    private final BriefingTransitionRepository transitions;
    private final BriefingChecks checks;
    private final NotificationService notifications;
    private final UserDirectory userDirectory;
    private final BriefingEvents events;
    private final BriefingRevisionRepository revisions;
    private final RevisionCitationRepository citations;
    private final Publisher publisher;
    private final AuditLog auditLog;
    private final List<ChangeRequestListener> changeRequestListeners;
    private final List<PendingSuggestions> pendingSuggestions;
    private final CurrentUser currentUser;
    private final BriefingAccess access;
    private final Clock clock;

    private static final int JUDGMENT_NOTE_MAX = 2000;

    BriefingWorkflowService(
            BriefingRepository briefings,
            BriefingTransitionRepository transitions,
            BriefingChecks checks,
            NotificationService notifications,
            UserDirectory userDirectory,
            BriefingEvents events,
            BriefingRevisionRepository revisions,
            RevisionCitationRepository citations,
            Publisher publisher,
            AuditLog auditLog,
            List<ChangeRequestListener> changeRequestListeners,
            List<PendingSuggestions> pendingSuggestions,
            CurrentUser currentUser,
            BriefingAccess access,
            Clock clock) {
        this.access = access;
        this.briefings = briefings;
        this.transitions = transitions;
        this.revisions = revisions;
        this.citations = citations;
        this.publisher = publisher;
        this.changeRequestListeners = List.copyOf(changeRequestListeners);
        this.pendingSuggestions = List.copyOf(pendingSuggestions);
        this.checks = checks;
        this.notifications = notifications;
        this.userDirectory = userDirectory;
        this.events = events;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Sends the briefing for review, optionally to a named editor who does not write it. The checks
     * of its current text must have no errors.
     */
    @PreAuthorize("hasRole('" + Roles.AUTHOR + "')")
    @Transactional
    public TransitionSummary submit(long briefingId, @Nullable String reviewer) {
        if (reviewer != null && !reviewer.isBlank() && !userDirectory.isEditor(reviewer)) {
            throw new ActionRefusedException("Reviewer: " + reviewer + " is not an editor.");
        }
        return act(briefingId, Action.SUBMIT, null, reviewer == null || reviewer.isBlank() ? null : reviewer);
    }

    /** Takes the briefing back from review to draft. */
    @PreAuthorize("hasRole('" + Roles.AUTHOR + "')")
    @Transactional
    public TransitionSummary withdraw(long briefingId) {
        return act(briefingId, Action.WITHDRAW, null, null);
    }

    /** Sends the briefing back to its authors with a comment saying what to change. */
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    @Transactional
    public TransitionSummary requestChanges(long briefingId, String comment) {
        return act(briefingId, Action.REQUEST_CHANGES, comment, null);
    }

    /** Approves the briefing's current revision, which is recorded with the approval. */
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    @Transactional
    public TransitionSummary approve(long briefingId) {
        return act(briefingId, Action.APPROVE, null, null);
    }

    /** Takes an approved briefing back to draft. */
    @PreAuthorize("hasRole('" + Roles.AUTHOR + "')")
    @Transactional
    public TransitionSummary reopen(long briefingId) {
        return act(briefingId, Action.REOPEN, null, null);
    }

    /**
     * Publishes the approved revision as the next edition: its text, sanitized HTML, exports and the
     * exact versions of the sources it cites are frozen and never change afterwards.
     */
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    @Transactional
    public TransitionSummary publish(long briefingId) {
        return publish(briefingId, null);
    }

    /**
     * Publishes, with the note that tells readers why the key judgments changed since the last
     * edition: required when they changed (see {@link #judgmentChanges}).
     */
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    @Transactional
    public TransitionSummary publish(long briefingId, @Nullable String judgmentNote) {
        return act(
                briefingId, Action.PUBLISH, judgmentNote == null || judgmentNote.isBlank() ? null : judgmentNote, null);
    }

    /**
     * The key judgments added, dropped, or changed in likelihood or confidence since the latest
     * edition (none before the first): what the note at Publish explains.
     */
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    @Transactional(readOnly = true)
    public List<JudgmentChange> judgmentChanges(long briefingId) {
        Briefing briefing = briefings
                .findById(briefingId)
                .filter(access::worksOn)
                .orElseThrow(() -> new ActionRefusedException("No such briefing."));
        return publisher
                .latestJudgments(briefingId)
                .map(published -> KeyJudgments.changes(published, briefing.judgments()))
                .orElse(List.of());
    }

    /**
     * Starts the next edition as a draft from the published text. The published edition stays on
     * its reading page until the next one is published.
     */
    @PreAuthorize("hasRole('" + Roles.AUTHOR + "')")
    @Transactional
    public TransitionSummary revise(long briefingId) {
        return act(briefingId, Action.REVISE, null, null);
    }

    /** Retracts a published briefing: its reading page shows the reason and date instead of the text. */
    @PreAuthorize("hasRole('" + Roles.EDITOR + "')")
    @Transactional
    public TransitionSummary retract(long briefingId, String reason) {
        return act(briefingId, Action.RETRACT, reason, null);
    }

    private TransitionSummary act(long briefingId, Action action, @Nullable String comment, @Nullable String reviewer) {
        String me = currentUser.requireUsername();
        Briefing briefing =
                briefings.lockById(briefingId).orElseThrow(() -> new ActionRefusedException("No such briefing."));
        Actor actor = actorFor(briefing, me);
        BriefingStatus from = briefing.status();
        BriefingStatus to = ReviewStateMachine.target(from.state(), action)
                .map(BriefingStatus::of)
                .orElseThrow(
                        () -> new ActionRefusedException("“" + action.label() + "” does not apply: the briefing is "
                                + from.label().toLowerCase(Locale.ROOT) + " now. Reload to see its current state."));
        if (!ReviewStateMachine.allowed(action, actor)) {
            throw new ActionRefusedException(refusal(action, actor));
        }
        String text = comment == null ? null : comment.strip();
        if (ReviewStateMachine.needsComment(action) && (text == null || text.isEmpty())) {
            throw new ActionRefusedException("Say what should change: a comment is required.");
        }
        if (text != null && text.length() > 5000) {
            throw new ActionRefusedException("Keep the comment under 5,000 characters.");
        }
        if (ReviewStateMachine.needsCleanChecks(action)
                && checks.check(briefingId, briefing.body()).hasErrors()) {
            throw new ActionRefusedException(
                    "The checks found errors. Fix every error in the checks panel, save, and submit again.");
        }
        if (action == Action.APPROVE) {
            refuseWhileSuggestionsPending(briefing);
        }
        if (action == Action.PUBLISH) {
            publish(briefing, me, text);
        }
        if (reviewer != null && briefing.isAuthor(reviewer)) {
            throw new ActionRefusedException("Reviewer: " + reviewer + " writes this briefing and cannot review it.");
        }
        Instant now = clock.instant();
        briefing.moveTo(to, now);
        switch (action) {
            case SUBMIT -> briefing.assignReviewer(reviewer);
            case APPROVE -> briefing.approve(briefing.currentRevisionId());
            case REOPEN, WITHDRAW, REQUEST_CHANGES -> briefing.approve(null);
            case REVISE -> {
                briefing.approve(null);
                briefing.assignReviewer(null);
                briefing.startEdition(briefing.edition() + 1);
                auditLog.record(
                        AuditEvent.REVISED,
                        me,
                        "briefing:" + briefing.slug(),
                        "edition " + briefing.edition() + " started as a draft");
            }
            case RETRACT -> publisher.retract(briefing.id(), text == null ? "" : text, me, now);
            default -> {}
        }
        BriefingTransition transition = transitions.save(
                new BriefingTransition(briefing.id(), action, from, to, me, now, text, briefing.currentRevisionId()));
        if (action == Action.REQUEST_CHANGES && text != null) {
            for (ChangeRequestListener listener : changeRequestListeners) {
                listener.changesRequested(briefing.id(), me, text, now);
            }
        }
        notify(briefing, action, me, text);
        auditLog.record(
                AuditEvent.WORKFLOW_TRANSITION,
                me,
                "briefing:" + briefing.slug(),
                action.label() + ": " + from.label() + " → " + to.label()
                        + (reviewer == null ? "" : ", reviewer " + reviewer)
                        + (text == null ? "" : ", comment: " + abbreviate(text)));
        events.publish(new BriefingEvents.Transitioned(briefing.id()));
        log.info("Briefing {}: {} by {} ({} → {})", briefing.slug(), action, me, from, to);
        return transition.toSummary();
    }

    /** An approval covers the text as it is: suggestions waiting for a decision would change it. */
    private void refuseWhileSuggestionsPending(Briefing briefing) {
        int pending = pendingSuggestions.stream()
                .mapToInt(suggestions -> suggestions.pending(briefing.id()))
                .sum();
        if (pending > 0) {
            throw new ActionRefusedException((pending == 1 ? "1 suggestion is" : pending + " suggestions are")
                    + " still waiting for the authors' decision. They accept or reject each one in the"
                    + " Suggestions panel (or you reject your own) before the briefing can be approved.");
        }
    }

    /** " · with 2 suggestions", for the editor's own suggestions that go with a request for changes. */
    private String suggestionsOf(long briefingId, String editor) {
        int mine = pendingSuggestions.stream()
                .mapToInt(suggestions -> suggestions.pendingBy(briefingId, editor))
                .sum();
        return mine == 0 ? "" : mine == 1 ? " (with 1 suggestion)" : " (with " + mine + " suggestions)";
    }

    private void publish(Briefing briefing, String me, @Nullable String judgmentNote) {
        Long approved = briefing.approvedRevisionId();
        if (approved == null || !approved.equals(briefing.currentRevisionId())) {
            throw new ActionRefusedException(
                    "The approved text is not the current text. Reopen the briefing and have it reviewed again.");
        }
        BriefingRevision revision = revisions
                .findByIdAndBriefingId(approved, briefing.id())
                .orElseThrow(() -> new ActionRefusedException("The approved revision is missing."));
        if (checks.check(briefing.id(), revision.body()).hasErrors()) {
            throw new ActionRefusedException("The checks now find errors in the approved text (a cited source may"
                    + " have changed). Reopen the briefing, fix them and have it reviewed again.");
        }
        List<String> authors = new ArrayList<>();
        authors.add(displayName(briefing.owner()));
        briefing.coAuthors().stream().map(this::displayName).forEach(authors::add);
        List<PublicationRequest.PinnedCitation> pinned = citations.findByRevisionIdOrderByPosition(approved).stream()
                .map(citation -> new PublicationRequest.PinnedCitation(citation.sourceKey(), citation.sourceVersion()))
                .toList();
        Tlp marking = revision.tlp() == null ? briefing.tlp() : revision.tlp();
        checks.markingProblem(
                        marking,
                        briefing.audience(),
                        pinned.stream()
                                .map(PublicationRequest.PinnedCitation::sourceKey)
                                .toList())
                .ifPresent(problem -> {
                    throw new ActionRefusedException(problem);
                });
        Yardstick yardstick = revision.yardstick() == null ? briefing.yardstick() : revision.yardstick();
        List<KeyJudgment> judgments = revision.judgments() == null ? briefing.judgments() : revision.judgments();
        List<JudgmentChange> changed = publisher
                .latestJudgments(briefing.id())
                .map(published -> KeyJudgments.changes(published, judgments))
                .orElse(List.of());
        if (!changed.isEmpty() && judgmentNote == null) {
            throw new ActionRefusedException("The key judgments changed since the last edition ("
                    + changed.size() + (changed.size() == 1 ? " change" : " changes")
                    + "): say why in the note for readers.");
        }
        if (judgmentNote != null) {
            BriefingRules.noteProblem(judgmentNote, JUDGMENT_NOTE_MAX).ifPresent(problem -> {
                throw new ActionRefusedException("The note for readers: " + problem);
            });
        }
        int edition = publisher.publish(new PublicationRequest(
                briefing.id(),
                briefing.slug(),
                revision.title(),
                revision.summary(),
                briefing.audience(),
                authors,
                List.copyOf(briefing.tags()),
                approved,
                revision.body(),
                pinned,
                me,
                clock.instant(),
                marking,
                yardstick,
                judgments,
                changed.isEmpty() ? null : judgmentNote));
        briefing.startEdition(edition);
    }

    private String displayName(String username) {
        return userDirectory
                .find(username)
                .map(UserDirectory.Person::displayName)
                .orElse(username);
    }

    private Actor actorFor(Briefing briefing, String me) {
        return new Actor(briefing.isAuthor(me), currentUser.hasRole(Role.EDITOR));
    }

    private static String refusal(Action action, Actor actor) {
        return switch (action) {
            case REQUEST_CHANGES, APPROVE ->
                actor.author()
                        ? "You write this briefing, so someone else must review it (four eyes)."
                        : "Only an editor reviews briefings.";
            case SUBMIT, WITHDRAW -> "Only the owner and co-authors submit or withdraw this briefing.";
            default -> "You may not " + action.label().toLowerCase(Locale.ROOT) + " this briefing.";
        };
    }

    private void notify(Briefing briefing, Action action, String me, @Nullable String comment) {
        String who =
                userDirectory.find(me).map(UserDirectory.Person::displayName).orElse(me);
        String link = "briefings/" + briefing.id() + "/edit";
        Set<String> authors = new LinkedHashSet<>();
        authors.add(briefing.owner());
        authors.addAll(briefing.coAuthors());
        switch (action) {
            case SUBMIT -> {
                List<String> reviewers = new ArrayList<>();
                if (briefing.reviewer() != null) {
                    reviewers.add(briefing.reviewer());
                } else {
                    userDirectory.editors().stream()
                            .map(UserDirectory.Person::username)
                            .filter(editor -> !briefing.isAuthor(editor))
                            .forEach(reviewers::add);
                }
                notifications.post(
                        reviewers,
                        NotificationKind.REVIEW_REQUESTED,
                        who + " asks for a review of “" + briefing.title() + "”.",
                        link,
                        briefing.title());
            }
            case REQUEST_CHANGES ->
                notifications.post(
                        authors,
                        NotificationKind.CHANGES_REQUESTED,
                        who + " requested changes to “" + briefing.title() + "”" + suggestionsOf(briefing.id(), me)
                                + ": " + abbreviate(comment),
                        link,
                        briefing.title());
            case APPROVE ->
                notifications.post(
                        authors,
                        NotificationKind.APPROVED,
                        who + " approved “" + briefing.title() + "”.",
                        link,
                        briefing.title());
            case PUBLISH ->
                notifications.post(
                        authors,
                        NotificationKind.PUBLISHED,
                        who + " published edition " + briefing.edition() + " of “" + briefing.title() + "”.",
                        link,
                        briefing.title());
            case RETRACT ->
                notifications.post(
                        authors,
                        NotificationKind.RETRACTED,
                        who + " retracted “" + briefing.title() + "”: " + abbreviate(comment),
                        link,
                        briefing.title());
            default -> {}
        }
    }

    private static String abbreviate(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** How many of the caller's suggestions on the briefing wait for a decision (0 if none, or no access). */
    public int myPendingSuggestions(long briefingId) {
        String me = currentUser.requireUsername();
        return briefings
                .findById(briefingId)
                .filter(access::worksOn)
                .map(briefing -> pendingSuggestions.stream()
                        .mapToInt(suggestions -> suggestions.pendingBy(briefingId, me))
                        .sum())
                .orElse(0);
    }

    /** The actions the caller may take on the briefing now: exactly the buttons to show. */
    public Set<Action> availableActions(long briefingId) {
        String me = currentUser.requireUsername();
        return briefings
                .findById(briefingId)
                .filter(access::mayOpen)
                .map(briefing -> ReviewStateMachine.available(briefing.status().state(), actorFor(briefing, me)))
                .orElse(Set.of());
    }

    /**
     * The briefing's timeline, newest first: for its authors and the editors, as it holds the
     * review's comments.
     */
    public List<TransitionSummary> timeline(long briefingId) {
        briefings
                .findById(briefingId)
                .filter(access::worksOn)
                .orElseThrow(() -> new ActionRefusedException("No such briefing, or you may not see its timeline."));
        return transitions.findByBriefingIdOrderByOccurredAtDescIdDesc(briefingId).stream()
                .map(BriefingTransition::toSummary)
                .toList();
    }

    /** The comment of the latest request for changes, while the briefing waits for those changes. */
    public Optional<TransitionSummary> openChangeRequest(long briefingId) {
        return briefings
                .findById(briefingId)
                .filter(access::worksOn)
                .filter(briefing -> briefing.status() == BriefingStatus.CHANGES_REQUESTED)
                .flatMap(briefing -> transitions.findFirstByBriefingIdAndActionOrderByOccurredAtDescIdDesc(
                        briefingId, Action.REQUEST_CHANGES))
                .map(BriefingTransition::toSummary);
    }

    /** The editor named to review the briefing, if any. */
    public Optional<String> reviewer(long briefingId) {
        return briefings.findById(briefingId).filter(access::worksOn).map(Briefing::reviewer);
    }

    /** Drafts and briefings sent back that the caller writes. */
    public List<BriefingSummary> myDrafts() {
        String me = currentUser.requireUsername();
        return briefings.findByAuthor(me).stream()
                .filter(briefing -> briefing.status() == BriefingStatus.DRAFT)
                .map(BriefingWorkflowService::toSummary)
                .toList();
    }

    /** Briefings sent back to the caller for changes. */
    public List<BriefingSummary> changesRequested() {
        String me = currentUser.requireUsername();
        return briefings.findByAuthor(me).stream()
                .filter(briefing -> briefing.status() == BriefingStatus.CHANGES_REQUESTED)
                .map(BriefingWorkflowService::toSummary)
                .toList();
    }

    /**
     * For editors: briefings in review where they are the named reviewer, or none is named and they
     * do not write the briefing.
     */
    public List<BriefingSummary> waitingForMyReview() {
        String me = currentUser.requireUsername();
        if (!currentUser.hasRole(Role.EDITOR)) {
            return List.of();
        }
        return briefings.findByStatusOrderByUpdatedAtDesc(BriefingStatus.IN_REVIEW).stream()
                .filter(briefing ->
                        me.equals(briefing.reviewer()) || (briefing.reviewer() == null && !briefing.isAuthor(me)))
                .map(BriefingWorkflowService::toSummary)
                .toList();
    }

    private static BriefingSummary toSummary(Briefing briefing) {
        return new BriefingSummary(
                briefing.id(),
                briefing.slug(),
                briefing.title(),
                briefing.status(),
                briefing.owner(),
                briefing.updatedAt(),
                briefing.tlp());
    }
}
