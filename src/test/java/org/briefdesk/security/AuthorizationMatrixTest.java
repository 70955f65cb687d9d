package org.briefdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.briefdesk.IntegrationTest;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.comment.CommentService;
import org.briefdesk.mail.Delivery;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.publishing.CachedFile;
import org.briefdesk.publishing.PublishedEditions;
import org.briefdesk.source.Grade;
import org.briefdesk.source.LibraryFormat;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceQuery;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDirectory;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The authorisation matrix of PRODUCT sections 1 and 5 as one table: every public service method,
 * called as anonymous, READER, AUTHOR (owner and not), EDITOR (author and not) and ADMIN, on a
 * briefing prepared afresh in the state the method needs. Each outcome is checked: allowed, denied
 * by method security, refused by a rule of the service, or answered without the hidden data.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    enum Caller {
        ANONYMOUS(null),
        READER(TestUsers.READER),
        OWNER(TestUsers.AUTHOR),
        OTHER_AUTHOR("t-author2"),
        EDITOR_COAUTHOR(TestUsers.EDITOR),
        OTHER_EDITOR("t-editor2"),
        ADMIN(TestUsers.ADMIN);

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    /** What a call may come to. */
    enum Outcome {
        /** It ran and returned what was asked for. */
        OK,
        /** Method security stopped it: not signed in, or the wrong role. */
        DENIED,
        /** A rule of the service refused it with a message (ownership, four eyes, state). */
        REFUSED,
        /** It ran but the data the caller may not see was left out (an empty result). */
        HIDDEN
    }

    enum State {
        NONE,
        DRAFT,
        IN_REVIEW,
        APPROVED,
        PUBLISHED_INTERNAL,
        PUBLISHED_PUBLIC,
        /** Edition 1 public, edition 2 internal. */
        PUBLISHED_PUBLIC_THEN_INTERNAL
    }

    record Subject(long briefingId, String slug) {}

    record Row(String name, State state, Function<Subject, Callable<Object>> call, Map<Caller, Outcome> expected) {}

    @Autowired
    BriefingService briefings;

    @Autowired
    org.briefdesk.briefing.BriefingChecks checks;

    @Autowired
    org.briefdesk.tradecraft.TradecraftSettings tradecraftSettings;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    SourceService sources;

    @Autowired
    UserService users;

    @Autowired
    UserDirectory directory;

    @Autowired
    NotificationService notifications;

    @Autowired
    PublishedEditions published;

    @Autowired
    CommentService comments;

    @Autowired
    org.briefdesk.suggestion.SuggestionService suggestions;

    @Autowired
    org.briefdesk.audit.AuditLog auditLog;

    @Autowired
    ActingUser actingUser;

    @Autowired
    org.briefdesk.user.MyAccount myAccount;

    @Autowired
    org.briefdesk.mail.MailPreferences mailPreferences;

    @Autowired
    SecurityContextHolderStrategy security;

    @BeforeEach
    void moreUsers() {
        actingUser.as(TestUsers.ADMIN, () -> {
            for (var user : List.of(
                    new UserDraft("t-author2", "Second author", TestUsers.PASSWORD, Set.of(Role.AUTHOR)),
                    new UserDraft("t-editor2", "Second editor", TestUsers.PASSWORD, Set.of(Role.EDITOR)))) {
                if (users.list().stream().noneMatch(u -> u.username().equals(user.username()))) {
                    users.create(user);
                }
            }
            return null;
        });
    }

    /** A briefing of t-author, co-written by t-editor, in the given state. */
    private Subject prepare(State state) {
        if (state == State.NONE) {
            return new Subject(-1, "");
        }
        Audience audience = state == State.PUBLISHED_PUBLIC || state == State.PUBLISHED_PUBLIC_THEN_INTERNAL
                ? Audience.PUBLIC
                : Audience.INTERNAL;
        BriefingDetails briefing = actingUser.as(TestUsers.AUTHOR, () -> {
            BriefingDetails created = briefings.create(BriefingDraft.titled("Matrix " + System.nanoTime()));
            return briefings
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            new BriefingDraft(
                                    created.title(),
                                    null,
                                    "A plain paragraph.",
                                    audience,
                                    Set.of(),
                                    Set.of(TestUsers.EDITOR)),
                            null,
                            false)
                    .briefing();
        });
        long id = briefing.id();
        if (state != State.DRAFT) {
            actingUser.as(TestUsers.AUTHOR, () -> workflow.submit(id, null));
        }
        if (state == State.APPROVED || state.name().startsWith("PUBLISHED")) {
            actingUser.as("t-editor2", () -> workflow.approve(id));
        }
        if (state.name().startsWith("PUBLISHED")) {
            actingUser.as("t-editor2", () -> workflow.publish(id));
        }
        if (state == State.PUBLISHED_PUBLIC_THEN_INTERNAL) {
            actingUser.as(TestUsers.AUTHOR, () -> {
                workflow.revise(id);
                BriefingDetails draft = briefings.get(id).orElseThrow();
                briefings.save(
                        id,
                        draft.currentRevisionId(),
                        new BriefingDraft(
                                draft.title(),
                                null,
                                "A paragraph for insiders.",
                                Audience.INTERNAL,
                                Set.of(),
                                Set.of(TestUsers.EDITOR)),
                        null,
                        false);
                return workflow.submit(id, null);
            });
            actingUser.as("t-editor2", () -> workflow.approve(id));
            actingUser.as("t-editor2", () -> workflow.publish(id));
        }
        return new Subject(id, briefing.slug());
    }

    private static Map<Caller, Outcome> expect(
            Outcome anonymous,
            Outcome reader,
            Outcome owner,
            Outcome otherAuthor,
            Outcome editorCoauthor,
            Outcome otherEditor,
            Outcome admin) {
        Map<Caller, Outcome> map = new EnumMap<>(Caller.class);
        map.put(Caller.ANONYMOUS, anonymous);
        map.put(Caller.READER, reader);
        map.put(Caller.OWNER, owner);
        map.put(Caller.OTHER_AUTHOR, otherAuthor);
        map.put(Caller.EDITOR_COAUTHOR, editorCoauthor);
        map.put(Caller.OTHER_EDITOR, otherEditor);
        map.put(Caller.ADMIN, admin);
        return map;
    }

    private static final Outcome O = Outcome.OK;
    private static final Outcome D = Outcome.DENIED;
    private static final Outcome R = Outcome.REFUSED;
    private static final Outcome H = Outcome.HIDDEN;

    private static Callable<Object> call(Callable<?> callable) {
        return callable::call;
    }

    private SourceDraft sourceDraft() {
        return new SourceDraft(
                null,
                "Matrix source",
                "Outlet",
                null,
                null,
                LocalDate.of(2025, 1, 1),
                "en",
                Set.of(),
                null,
                Grade.NONE,
                "Body of a source " + System.nanoTime());
    }

    /** Saves a changed body on top of the briefing's current revision, as its editor would. */
    private Object saveChangedBody(Subject subject) {
        BriefingDetails current = actingUser.as(
                TestUsers.AUTHOR, () -> briefings.get(subject.briefingId()).orElseThrow());
        return briefings.save(
                current.id(), current.currentRevisionId(), current.toDraft().withBody("Changed."), null, false);
    }

    /** An autosave of a changed body from an editor with a conflict open (none here). */
    private Object autosaveChangedBodyDuringConflict(Subject subject) {
        BriefingDetails current = actingUser.as(
                TestUsers.AUTHOR, () -> briefings.get(subject.briefingId()).orElseThrow());
        return briefings.autosaveDuringConflict(
                current.id(), current.currentRevisionId(), current.toDraft().withBody("Typed on."), null);
    }

    /** The subject's current revision, as its owner sees it. */
    private long currentRevision(Subject subject) {
        return actingUser.as(
                TestUsers.AUTHOR,
                () -> briefings.get(subject.briefingId()).orElseThrow().currentRevisionId());
    }

    /** As {@link #citedBy}, for a subject published after its text cited the new source. */
    private Object citedByPublished() {
        Subject subject = prepare(State.DRAFT);
        String key = citeNewSource(subject);
        actingUser.as(TestUsers.AUTHOR, () -> workflow.submit(subject.briefingId(), null));
        actingUser.as("t-editor2", () -> workflow.approve(subject.briefingId()));
        actingUser.as("t-editor2", () -> workflow.publish(subject.briefingId()));
        return citingBriefings(key);
    }

    /** The briefings citing a new source that the subject's text now cites, as the caller may know them. */
    private Object citedBy(Subject subject) {
        return citingBriefings(citeNewSource(subject));
    }

    private Object citingBriefings(String key) {
        var citedBy = sources.citedBy(key);
        assertThat(citedBy.briefings().size() + citedBy.othersNotOpen()).isEqualTo(1);
        return citedBy.briefings();
    }

    /** Adds a source and makes the subject's text cite it, as its owner; returns its key. */
    private String citeNewSource(Subject subject) {
        return actingUser.as(TestUsers.AUTHOR, () -> {
            String citationKey = sources.add(sourceDraft()).citationKey();
            BriefingDetails current = briefings.get(subject.briefingId()).orElseThrow();
            briefings.save(
                    current.id(),
                    current.currentRevisionId(),
                    current.toDraft().withBody("As reported [@" + citationKey + "]."),
                    null,
                    false);
            return citationKey;
        });
    }

    /** A comment thread the owner started on the subject, in the state {@code resolved} says. */
    private long ownersThread(Subject subject, boolean resolved) {
        return actingUser.as(TestUsers.AUTHOR, () -> {
            long thread = comments.startThread(subject.briefingId(), null, "Check the figures.")
                    .id();
            if (resolved) {
                comments.resolve(thread);
            }
            return thread;
        });
    }

    /** The caller suggests a sentence more at the end of the subject's current text. */
    private Object suggestASentence(Subject subject) {
        BriefingDetails current = actingUser.as(
                TestUsers.AUTHOR, () -> briefings.get(subject.briefingId()).orElseThrow());
        return suggestions.suggest(
                current.id(), current.currentRevisionId(), current.body() + " One more sentence.", "A note.");
    }

    /** A pending suggestion of the other editor (who does not write the subject) on it. */
    private long othersSuggestion(Subject subject) {
        return actingUser.as("t-editor2", () -> {
            suggestASentence(subject);
            return suggestions.suggestions(subject.briefingId(), "").stream()
                    .filter(org.briefdesk.suggestion.SuggestionDetails::pending)
                    .findFirst()
                    .orElseThrow()
                    .id();
        });
    }

    /** A user for an administrator's action to change. */
    private long throwawayUser() {
        return actingUser.as(
                TestUsers.ADMIN,
                () -> users.create(new UserDraft(
                                "m" + Long.toString(System.nanoTime(), 36),
                                "Matrix user",
                                TestUsers.PASSWORD,
                                Set.of(Role.READER)))
                        .id());
    }

    /** A notification for the owner, posted by an editor. */
    private long ownersNotification() {
        actingUser.as(TestUsers.EDITOR, () -> {
            notifications.post(List.of(TestUsers.AUTHOR), NotificationKind.MENTION, "Matrix " + System.nanoTime(), "");
            return null;
        });
        return actingUser.as(
                TestUsers.AUTHOR, () -> notifications.mine().getFirst().id());
    }

    /** The page, if it names edition 2 (an internal edition, for a public page). */
    private static Optional<CachedFile> namingEditionTwo(Optional<CachedFile> page) {
        return page.filter(
                file -> new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("editions/2"));
    }

    private List<Row> rows() {
        return List.of(
                // Briefings (PRODUCT 1 and 3): authors create and edit their own while editable.
                new Row(
                        "BriefingService.create",
                        State.NONE,
                        s -> call(() -> briefings.create(BriefingDraft.titled("New"))),
                        expect(D, D, O, O, O, O, D)),
                new Row(
                        "BriefingService.get (draft)",
                        State.DRAFT,
                        s -> call(() -> briefings.get(s.briefingId())),
                        expect(D, H, O, H, O, O, H)),
                new Row(
                        "BriefingService.save (draft)",
                        State.DRAFT,
                        s -> call(() -> saveChangedBody(s)),
                        expect(D, D, O, R, O, R, D)),
                new Row(
                        "BriefingService.save (in review)",
                        State.IN_REVIEW,
                        s -> call(() -> saveChangedBody(s)),
                        expect(D, D, R, R, R, R, D)),
                new Row(
                        "BriefingService.autosaveDuringConflict (draft)",
                        State.DRAFT,
                        s -> call(() -> autosaveChangedBodyDuringConflict(s)),
                        expect(D, D, O, R, O, R, D)),
                new Row(
                        "BriefingService.revisions (draft)",
                        State.DRAFT,
                        s -> call(() -> briefings.revisions(s.briefingId())),
                        expect(D, R, O, R, O, O, R)),
                new Row(
                        "BriefingService.revisions (published)",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> briefings.revisions(s.briefingId())),
                        expect(D, R, O, R, O, O, R)),
                new Row(
                        "BriefingService.revision (published)",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> briefings.revision(s.briefingId(), currentRevision(s))),
                        expect(D, R, O, R, O, O, R)),
                new Row(
                        "BriefingService.diff (published)",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> briefings.diff(s.briefingId(), currentRevision(s), currentRevision(s))),
                        expect(D, R, O, R, O, O, R)),
                new Row(
                        "BriefingService.worksOn (published)",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> briefings.worksOn(s.briefingId()) ? List.of(true) : List.of()),
                        expect(D, H, O, H, O, O, H)),
                new Row(
                        "BriefingService.restore (draft)",
                        State.DRAFT,
                        s -> call(() -> briefings.restore(s.briefingId(), currentRevision(s))),
                        expect(D, D, O, R, O, R, D)),
                new Row(
                        "BriefingChecks.accept (draft)",
                        State.DRAFT,
                        s -> call(() -> {
                            checks.accept(
                                    s.briefingId(),
                                    new org.briefdesk.citation.Finding(
                                            org.briefdesk.citation.Severity.WARNING, "A matrix warning.", 0, 4, null),
                                    "Text",
                                    "Checked by hand.");
                            return List.of(true);
                        }),
                        expect(D, R, O, R, O, O, R)),
                new Row(
                        "BriefingWorkflowService.judgmentChanges (draft)",
                        State.DRAFT,
                        s -> call(() -> workflow.judgmentChanges(s.briefingId()).isEmpty() ? List.of(true) : List.of()),
                        expect(D, D, D, D, O, O, D)),
                new Row(
                        "TradecraftSettings.chooseDefaultYardstick",
                        State.NONE,
                        s -> call(() -> {
                            // The default stays what every other test expects.
                            tradecraftSettings.chooseDefaultYardstick(tradecraftSettings.defaultYardstick());
                            return List.of(true);
                        }),
                        expect(D, D, D, D, D, D, O)),
                new Row(
                        "BriefingChecks.check (draft)",
                        State.DRAFT,
                        s -> call(() -> checks.check(s.briefingId(), "Text.")),
                        expect(D, R, O, R, O, O, R)),
                new Row(
                        "BriefingService.list",
                        State.DRAFT,
                        s -> call(() -> briefings.list().stream()
                                .filter(b -> b.id() == s.briefingId())
                                .toList()),
                        expect(D, H, O, H, O, O, H)),
                new Row(
                        "BriefingService.get (published)",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> briefings.get(s.briefingId())),
                        expect(D, O, O, O, O, O, O)),
                // Review (PRODUCT 5): four eyes.
                new Row(
                        "BriefingWorkflowService.submit",
                        State.DRAFT,
                        s -> call(() -> workflow.submit(s.briefingId(), null)),
                        expect(D, D, O, R, O, R, D)),
                new Row(
                        "BriefingWorkflowService.withdraw",
                        State.IN_REVIEW,
                        s -> call(() -> workflow.withdraw(s.briefingId())),
                        expect(D, D, O, R, O, R, D)),
                new Row(
                        "BriefingWorkflowService.requestChanges",
                        State.IN_REVIEW,
                        s -> call(() -> workflow.requestChanges(s.briefingId(), "Change it.")),
                        expect(D, D, D, D, R, O, D)),
                new Row(
                        "BriefingWorkflowService.approve",
                        State.IN_REVIEW,
                        s -> call(() -> workflow.approve(s.briefingId())),
                        expect(D, D, D, D, R, O, D)),
                new Row(
                        "BriefingWorkflowService.reopen",
                        State.APPROVED,
                        s -> call(() -> workflow.reopen(s.briefingId())),
                        expect(D, D, O, R, O, O, D)),
                new Row(
                        "BriefingWorkflowService.publish",
                        State.APPROVED,
                        s -> call(() -> workflow.publish(s.briefingId())),
                        expect(D, D, D, D, O, O, D)),
                new Row(
                        "BriefingWorkflowService.revise",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> workflow.revise(s.briefingId())),
                        expect(D, D, O, R, O, O, D)),
                new Row(
                        "BriefingWorkflowService.retract",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> workflow.retract(s.briefingId(), "Wrong.")),
                        expect(D, D, D, D, O, O, D)),
                new Row(
                        "BriefingWorkflowService.timeline (in review)",
                        State.IN_REVIEW,
                        s -> call(() -> workflow.timeline(s.briefingId())),
                        expect(D, R, O, R, O, O, R)),
                new Row(
                        "BriefingWorkflowService.timeline (published)",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> workflow.timeline(s.briefingId())),
                        expect(D, R, O, R, O, O, R)),
                new Row(
                        "BriefingWorkflowService.availableActions (draft)",
                        State.DRAFT,
                        s -> call(() -> workflow.availableActions(s.briefingId())),
                        expect(D, H, O, H, O, H, H)),
                new Row(
                        "BriefingWorkflowService.waitingForMyReview",
                        State.IN_REVIEW,
                        s -> call(() -> workflow.waitingForMyReview().stream()
                                .filter(b -> b.id() == s.briefingId())
                                .toList()),
                        expect(D, H, H, H, H, O, H)),
                // Reading (PRODUCT 1 and 6): INTERNAL for signed-in users, PUBLIC for anyone.
                new Row(
                        "PublishedEditions.latestPage (internal)",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> published.latestPage(s.slug())),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "PublishedEditions.latestPage (public)",
                        State.PUBLISHED_PUBLIC,
                        s -> call(() -> published.latestPage(s.slug())),
                        expect(O, O, O, O, O, O, O)),
                new Row(
                        "PublishedEditions.export (internal)",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> published.export(s.slug(), 1, true)),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "PublishedEditions.editionPage (internal)",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> published.editionPage(s.slug(), 1)),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "PublishedEditions.editionPage (public)",
                        State.PUBLISHED_PUBLIC,
                        s -> call(() -> published.editionPage(s.slug(), 1)),
                        expect(O, O, O, O, O, O, O)),
                new Row(
                        "PublishedEditions.editionPage 1 names edition 2 (public, then internal)",
                        State.PUBLISHED_PUBLIC_THEN_INTERNAL,
                        s -> call(() -> namingEditionTwo(published.editionPage(s.slug(), 1))),
                        expect(H, O, O, O, O, O, O)),
                new Row(
                        "PublishedEditions.latestPage names edition 2 (public, then internal)",
                        State.PUBLISHED_PUBLIC_THEN_INTERNAL,
                        s -> call(() -> namingEditionTwo(published.latestPage(s.slug()))),
                        expect(H, O, O, O, O, O, O)),
                new Row(
                        "PublishedEditions.editionPage 2 (public, then internal)",
                        State.PUBLISHED_PUBLIC_THEN_INTERNAL,
                        s -> call(() -> published.editionPage(s.slug(), 2)),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "PublishedEditions.feed",
                        State.PUBLISHED_PUBLIC,
                        s -> call(() -> published.feed("http://localhost/")),
                        expect(O, O, O, O, O, O, O)),
                new Row(
                        "PublishedEditions.editionsOf",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> published.editionsOf(s.briefingId())),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "PublishedEditions.recent",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> published.recent(5)),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "PublishedEditions.exportAll",
                        State.NONE,
                        s -> call(() -> published.exportAll()),
                        expect(D, D, D, D, O, O, O)),
                // Comments (PRODUCT 4): authors and editors, in every state but PUBLISHED and RETRACTED.
                new Row(
                        "CommentService.startThread (draft)",
                        State.DRAFT,
                        s -> call(() -> comments.startThread(s.briefingId(), null, "A general remark.")),
                        expect(D, D, O, R, O, O, D)),
                new Row(
                        "CommentService.startThread (in review)",
                        State.IN_REVIEW,
                        s -> call(() -> comments.startThread(s.briefingId(), null, "A reviewer's remark.")),
                        expect(D, D, O, R, O, O, D)),
                new Row(
                        "CommentService.startThread (published)",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> comments.startThread(s.briefingId(), null, "Too late.")),
                        expect(D, D, R, R, R, R, D)),
                new Row(
                        "CommentService.threads (draft)",
                        State.DRAFT,
                        s -> call(() -> {
                            actingUser.as(TestUsers.AUTHOR, () -> comments.startThread(s.briefingId(), null, "Seen?"));
                            return comments.threads(s.briefingId());
                        }),
                        expect(D, R, O, R, O, O, R)),
                new Row(
                        "CommentService.reply (draft)",
                        State.DRAFT,
                        s -> call(() -> comments.reply(ownersThread(s, false), "Done.")),
                        expect(D, D, O, R, O, O, D)),
                new Row(
                        "CommentService.resolve (draft)",
                        State.DRAFT,
                        s -> call(() -> comments.resolve(ownersThread(s, false))),
                        expect(D, D, O, R, O, O, D)),
                new Row(
                        "CommentService.reopen (draft)",
                        State.DRAFT,
                        s -> call(() -> comments.reopen(ownersThread(s, true))),
                        expect(D, D, O, R, O, O, D)),
                // Suggestions (issue #16): the editors suggest on drafts and in review, the authors
                // while they may edit; the authors decide while they may edit; whoever suggested may
                // withdraw; everyone who works on the briefing sees them.
                new Row(
                        "SuggestionService.suggest (draft)",
                        State.DRAFT,
                        s -> call(() -> suggestASentence(s)),
                        expect(D, D, O, R, O, O, D)),
                new Row(
                        "SuggestionService.suggest (in review)",
                        State.IN_REVIEW,
                        s -> call(() -> suggestASentence(s)),
                        expect(D, D, R, R, R, O, D)),
                new Row(
                        "SuggestionService.suggest (published)",
                        State.PUBLISHED_INTERNAL,
                        s -> call(() -> suggestASentence(s)),
                        expect(D, D, R, R, R, R, D)),
                new Row(
                        "SuggestionService.suggestions (draft)",
                        State.DRAFT,
                        s -> call(() -> {
                            othersSuggestion(s);
                            return suggestions.suggestions(s.briefingId(), "");
                        }),
                        expect(D, R, O, R, O, O, R)),
                new Row(
                        "SuggestionService.accept (draft)",
                        State.DRAFT,
                        s -> call(() -> suggestions.accept(othersSuggestion(s))),
                        expect(D, D, O, R, O, R, D)),
                new Row(
                        "SuggestionService.accept (in review)",
                        State.IN_REVIEW,
                        s -> call(() -> suggestions.accept(othersSuggestion(s))),
                        expect(D, D, R, R, R, R, D)),
                new Row(
                        "SuggestionService.reject (draft)",
                        State.DRAFT,
                        s -> call(() -> {
                            suggestions.reject(othersSuggestion(s));
                            return "rejected";
                        }),
                        expect(D, D, O, R, O, O, D)),
                // The audit log (PRODUCT 1 and 7): administrators read it.
                new Row(
                        "AuditLog.search",
                        State.NONE,
                        s -> call(() -> auditLog.search(org.briefdesk.audit.AuditFilter.all(), null, 5)
                                .entries()),
                        expect(D, D, D, D, D, D, O)),
                // Sources (PRODUCT 1 and 2): everyone signed in reads, authors add; a source page names
                // only the citing briefings the reader may open.
                new Row(
                        "SourceService.citedBy (draft)",
                        State.DRAFT,
                        s -> call(() -> citedBy(s)),
                        expect(D, H, O, H, O, O, H)),
                new Row(
                        "SourceService.citedBy (published)",
                        State.NONE,
                        s -> call(() -> citedByPublished()),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "SourceService.search",
                        State.NONE,
                        s -> call(() -> sources.search(SourceQuery.all(), 0, 5)),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "SourceService.export",
                        State.NONE,
                        s -> call(() -> sources.export(
                                new SourceQuery(null, null, "no-such-tag", null, null), LibraryFormat.BIBTEX)),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "SourceService.add",
                        State.NONE,
                        s -> call(() -> sources.add(sourceDraft())),
                        expect(D, D, O, O, O, O, D)),
                // Users and notifications (PRODUCT 1 and 7).
                new Row("UserService.list", State.NONE, s -> call(() -> users.list()), expect(D, D, D, D, D, D, O)),
                new Row(
                        "UserService.create",
                        State.NONE,
                        s -> call(() -> users.create(new UserDraft(
                                "m" + Long.toString(System.nanoTime(), 36),
                                "Matrix user",
                                TestUsers.PASSWORD,
                                Set.of(Role.READER)))),
                        expect(D, D, D, D, D, D, O)),
                new Row(
                        "UserService.setEnabled",
                        State.NONE,
                        s -> call(() -> users.setEnabled(throwawayUser(), false)),
                        expect(D, D, D, D, D, D, O)),
                new Row(
                        "UserService.resetPassword",
                        State.NONE,
                        s -> call(() -> users.resetPassword(throwawayUser(), "another-password-123")),
                        expect(D, D, D, D, D, D, O)),
                new Row(
                        "UserService.assignRoles",
                        State.NONE,
                        s -> call(() -> users.assignRoles(throwawayUser(), Set.of(Role.AUTHOR))),
                        expect(D, D, D, D, D, D, O)),
                new Row(
                        "UserService.rename",
                        State.NONE,
                        s -> call(() -> users.rename(throwawayUser(), "Renamed")),
                        expect(D, D, D, D, D, D, O)),
                new Row(
                        "UserService.changeEmail",
                        State.NONE,
                        s -> call(() -> users.changeEmail(throwawayUser(), "")),
                        expect(D, D, D, D, D, D, O)),
                new Row(
                        "MyAccount.email",
                        State.NONE,
                        s -> call(() -> List.of(myAccount.email())),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "MyAccount.changeEmail",
                        State.NONE,
                        s -> call(() -> List.of(myAccount.changeEmail(""))),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "MailPreferences.mine",
                        State.NONE,
                        s -> call(() -> mailPreferences.mine().keySet()),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "MailPreferences.chooseMine",
                        State.NONE,
                        s -> call(() -> {
                            mailPreferences.chooseMine(Map.of(NotificationKind.APPROVED, Delivery.DIGEST));
                            return "chosen";
                        }),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "UserService.signInLocks",
                        State.NONE,
                        s -> call(() -> List.of(users.signInLocks())),
                        expect(D, D, D, D, D, D, O)),
                new Row(
                        "NotificationService.markRead",
                        State.NONE,
                        s -> call(() -> {
                            notifications.markRead(ownersNotification());
                            return "read";
                        }),
                        expect(D, R, O, R, R, R, R)),
                new Row(
                        "NotificationService.mine",
                        State.NONE,
                        s -> call(() -> List.of(notifications.mine())),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "UserDirectory.editors",
                        State.NONE,
                        s -> call(() -> directory.editors()),
                        expect(D, O, O, O, O, O, O)),
                new Row(
                        "NotificationService.unreadCount",
                        State.NONE,
                        s -> call(() -> notifications.unreadCount()),
                        expect(D, O, O, O, O, O, O)));
    }

    private Outcome run(Caller caller, Callable<Object> call) {
        try {
            Object result = caller.username == null ? anonymously(call) : actingUser.as(caller.username, call);
            return empty(result) ? Outcome.HIDDEN : Outcome.OK;
        } catch (AccessDeniedException | AuthenticationException denied) {
            return Outcome.DENIED;
        } catch (ActionRefusedException refused) {
            return Outcome.REFUSED;
        }
    }

    private static boolean empty(Object result) {
        return (result instanceof Optional<?> optional && optional.isEmpty())
                || (result instanceof Collection<?> collection && collection.isEmpty());
    }

    private Object anonymously(Callable<Object> call) {
        var previous = security.getContext();
        security.setContext(security.createEmptyContext());
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            security.setContext(previous);
        }
    }

    @Test
    void every_service_method_answers_each_kind_of_caller_as_the_product_rules_say() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows()) {
            for (Caller caller : Caller.values()) {
                Subject subject = prepare(row.state());
                Outcome actual = run(caller, row.call().apply(subject));
                Outcome expected = row.expected().get(caller);
                if (actual != expected) {
                    mismatches.add(
                            String.format("%-48s %-16s expected %-8s got %s", row.name(), caller, expected, actual));
                }
            }
        }
        assertThat(mismatches).as("calls that did not end as the rules say").isEmpty();
    }
}
