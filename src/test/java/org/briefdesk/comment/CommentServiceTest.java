package org.briefdesk.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.briefdesk.IntegrationTest;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingEvents;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingStatus;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.notification.NotificationSummary;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Comments on MariaDB with real users: anchors, replies, resolve, mentions, rights and notifications. */
@IntegrationTest
class CommentServiceTest {

    static final String CO_AUTHOR = "t-coauthor";
    static final String OUTSIDER = "t-outsider";
    private static final String OWNER = TestUsers.AUTHOR;
    private static final String REVIEWER = TestUsers.EDITOR;
    private static final String TEXT =
            "Ports reopened on Monday. Talks resume on Thursday in Geneva. Ferries run again.";

    @Autowired
    CommentService comments;

    @Autowired
    BriefingService briefingService;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    NotificationService notifications;

    @Autowired
    UserService userService;

    @Autowired
    ActingUser actingUser;

    @Autowired
    BriefingEvents events;

    private <T> T as(String username, Callable<T> action) {
        return actingUser.as(username, action);
    }

    @BeforeEach
    void users() {
        as("admin", () -> {
            for (String username : List.of(CO_AUTHOR, OUTSIDER)) {
                if (userService.list().stream().noneMatch(u -> u.username().equals(username))) {
                    userService.create(
                            new UserDraft(username, "Test " + username, TestUsers.PASSWORD, Set.of(Role.AUTHOR)));
                }
            }
            return null;
        });
    }

    /** A briefing of t-author with t-coauthor, brought to {@code status}. */
    private BriefingDetails briefingIn(BriefingStatus status) {
        BriefingDetails briefing = as(OWNER, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled("Comments " + UUID.randomUUID()));
            return briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            new BriefingDraft(
                                    created.title(), null, TEXT, Audience.INTERNAL, Set.of(), Set.of(CO_AUTHOR)),
                            null,
                            false)
                    .briefing();
        });
        if (status == BriefingStatus.DRAFT) {
            return briefing;
        }
        as(OWNER, () -> workflow.submit(briefing.id(), null));
        if (status == BriefingStatus.CHANGES_REQUESTED) {
            as(REVIEWER, () -> workflow.requestChanges(briefing.id(), "Name the ports."));
        }
        if (status == BriefingStatus.APPROVED
                || status == BriefingStatus.PUBLISHED
                || status == BriefingStatus.RETRACTED) {
            as(REVIEWER, () -> workflow.approve(briefing.id()));
        }
        if (status == BriefingStatus.PUBLISHED || status == BriefingStatus.RETRACTED) {
            as(REVIEWER, () -> workflow.publish(briefing.id()));
        }
        if (status == BriefingStatus.RETRACTED) {
            as(REVIEWER, () -> workflow.retract(briefing.id(), "Wrong port."));
        }
        return as(OWNER, () -> briefingService.get(briefing.id()).orElseThrow());
    }

    private static PassageAnchor anchorOn(String text, String passage) {
        int start = text.indexOf(passage);
        return PassageAnchor.capture(text, start, start + passage.length());
    }

    private BriefingDetails saveBody(BriefingDetails briefing, String body) {
        return as(
                OWNER,
                () -> briefingService
                        .save(
                                briefing.id(),
                                briefing.currentRevisionId(),
                                briefing.toDraft().withBody(body),
                                null,
                                false)
                        .briefing());
    }

    private CommentThreadDetails thread(String username, long threadId) {
        return as(username, () -> comments.thread(threadId).orElseThrow());
    }

    private List<NotificationSummary> notificationsOf(String username, String link) {
        return as(
                username,
                () -> notifications.mine().stream()
                        .filter(n -> n.link().equals(link))
                        .toList());
    }

    @Test
    void an_anchored_thread_is_found_again_after_text_is_inserted_before_its_passage() {
        BriefingDetails briefing = briefingIn(BriefingStatus.DRAFT);
        CommentThreadDetails started = as(
                REVIEWER,
                () -> comments.startThread(
                        briefing.id(), anchorOn(TEXT, "Talks resume on Thursday"), "Which Thursday?"));
        assertThat(started.placement()).isEqualTo(ThreadPlacement.ANCHORED);

        String edited = "Overnight, a storm closed the strait.\n\n" + TEXT;
        saveBody(briefing, edited);

        CommentThreadDetails now = thread(OWNER, started.id());
        assertThat(now.placement()).isEqualTo(ThreadPlacement.ANCHORED);
        assertThat(edited.substring(now.range().start(), now.range().end())).isEqualTo("Talks resume on Thursday");
        assertThat(now.range().start()).isEqualTo(edited.indexOf("Talks resume"));
    }

    @Test
    void a_thread_is_detached_when_its_passage_is_deleted_and_never_moved_to_a_similar_passage() {
        String text = TEXT + "\n\nOfficials said talks resume on Thursday at the earliest.";
        BriefingDetails briefing = saveBody(briefingIn(BriefingStatus.DRAFT), text);
        CommentThreadDetails started = as(
                OWNER,
                () -> comments.startThread(
                        briefing.id(), anchorOn(text, "Talks resume on Thursday in Geneva."), "Source?"));

        saveBody(briefing, text.replace(" Talks resume on Thursday in Geneva.", ""));

        CommentThreadDetails now = thread(OWNER, started.id());
        assertThat(now.placement()).isEqualTo(ThreadPlacement.DETACHED);
        assertThat(now.range()).isNull();
        assertThat(now.anchor().quote()).isEqualTo("Talks resume on Thursday in Geneva.");
    }

    @Test
    void every_change_to_a_thread_is_told_to_the_briefings_open_editors_once_it_is_stored() throws Exception {
        BriefingDetails briefing = briefingIn(BriefingStatus.DRAFT);
        List<BriefingEvents.Event> heard = new CopyOnWriteArrayList<>();
        try (AutoCloseable listening = events.listen(briefing.id(), heard::add)) {
            CommentThreadDetails started = as(OWNER, () -> comments.startThread(briefing.id(), null, "Add a map?"));
            as(CO_AUTHOR, () -> comments.reply(started.id(), "Yes."));
            as(OWNER, () -> comments.resolve(started.id()));
            as(CO_AUTHOR, () -> comments.resolve(started.id()));
            as(CO_AUTHOR, () -> comments.reopen(started.id()));
            assertThatThrownBy(() -> as(OWNER, () -> comments.reply(started.id(), " ")))
                    .isInstanceOf(ActionRefusedException.class);

            long id = started.id();
            assertThat(heard)
                    .as("the second resolve changed nothing, and the empty reply was refused")
                    .containsExactly(
                            new BriefingEvents.CommentsChanged(briefing.id(), id, OWNER),
                            new BriefingEvents.CommentsChanged(briefing.id(), id, CO_AUTHOR),
                            new BriefingEvents.CommentsChanged(briefing.id(), id, OWNER),
                            new BriefingEvents.CommentsChanged(briefing.id(), id, CO_AUTHOR));
        }
    }

    @Test
    void general_comments_take_replies_and_are_resolved_and_reopened() {
        BriefingDetails briefing = briefingIn(BriefingStatus.IN_REVIEW);
        CommentThreadDetails started =
                as(REVIEWER, () -> comments.startThread(briefing.id(), null, "  The summary is missing.  "));
        assertThat(started.placement()).isEqualTo(ThreadPlacement.GENERAL);
        assertThat(started.comments()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("The summary is missing.");
            assertThat(c.author()).isEqualTo(REVIEWER);
            assertThat(c.authorName()).isEqualTo("Test editor");
        });

        as(OWNER, () -> comments.reply(started.id(), "I will add one."));
        CommentThreadDetails resolved = as(OWNER, () -> comments.resolve(started.id()));
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.resolvedBy()).isEqualTo(OWNER);
        assertThat(resolved.comments())
                .extracting(CommentDetails::text)
                .containsExactly("The summary is missing.", "I will add one.");
        assertThat(as(REVIEWER, () -> comments.openCount(briefing.id()))).isZero();

        CommentThreadDetails reopened = as(REVIEWER, () -> comments.reopen(started.id()));
        assertThat(reopened.resolved()).isFalse();
        assertThat(reopened.resolvedBy()).isNull();
        assertThat(as(CO_AUTHOR, () -> comments.threads(briefing.id())))
                .singleElement()
                .satisfies(t -> assertThat(t.resolved()).isFalse());
        assertThat(as(REVIEWER, () -> comments.openCount(briefing.id()))).isEqualTo(1);
    }

    @Test
    void only_existing_users_who_may_read_the_comments_are_mentioned_and_they_are_notified() {
        BriefingDetails briefing = briefingIn(BriefingStatus.DRAFT);
        CommentThreadDetails started = as(
                OWNER,
                () -> comments.startThread(
                        briefing.id(),
                        anchorOn(TEXT, "Ferries run again."),
                        "@t-editor and @t-coauthor: is this right? Not @nobody-here, not @t-reader, not @t-outsider."));

        assertThat(started.comments().getFirst().mentions()).containsExactly(CO_AUTHOR, REVIEWER);
        String link = "briefings/" + briefing.id() + "/edit?comment=" + started.id();
        assertThat(notificationsOf(REVIEWER, link)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MENTION);
            assertThat(n.message()).startsWith("Test author mentioned you on “" + briefing.title() + "”");
        });
        assertThat(notificationsOf(CO_AUTHOR, link))
                .extracting(NotificationSummary::kind)
                .containsExactly(NotificationKind.MENTION);
        assertThat(notificationsOf(TestUsers.READER, link)).isEmpty();
        assertThat(notificationsOf(OUTSIDER, link)).isEmpty();
        assertThat(notificationsOf(OWNER, link)).isEmpty();
    }

    @Test
    void a_reply_notifies_the_other_participants_but_not_the_one_who_replied() {
        BriefingDetails briefing = briefingIn(BriefingStatus.IN_REVIEW);
        CommentThreadDetails started = as(
                REVIEWER,
                () -> comments.startThread(briefing.id(), anchorOn(TEXT, "Ports reopened on Monday."), "All ports?"));
        as(CO_AUTHOR, () -> comments.reply(started.id(), "Only two of them."));
        as(OWNER, () -> comments.reply(started.id(), "Fixed, @t-coauthor."));

        String link = "briefings/" + briefing.id() + "/edit?comment=" + started.id();
        assertThat(notificationsOf(REVIEWER, link))
                .extracting(NotificationSummary::kind)
                .containsExactly(NotificationKind.REPLY, NotificationKind.REPLY);
        assertThat(notificationsOf(REVIEWER, link).getFirst().message())
                .isEqualTo("Test author replied on “" + briefing.title() + "”: Fixed, @t-coauthor.");
        // The co-author is mentioned in the owner's reply: told once, as a mention.
        assertThat(notificationsOf(CO_AUTHOR, link))
                .extracting(NotificationSummary::kind)
                .containsExactly(NotificationKind.MENTION);
        // The owner wrote the last reply and had not taken part before: nothing to tell them.
        assertThat(notificationsOf(OWNER, link)).isEmpty();
    }

    @Test
    void the_comment_of_a_request_for_changes_becomes_a_general_thread() {
        BriefingDetails briefing = briefingIn(BriefingStatus.IN_REVIEW);
        as(REVIEWER, () -> workflow.requestChanges(briefing.id(), "Name the two ports, @t-coauthor."));

        List<CommentThreadDetails> threads = as(OWNER, () -> comments.threads(briefing.id()));
        assertThat(threads).singleElement().satisfies(thread -> {
            assertThat(thread.placement()).isEqualTo(ThreadPlacement.GENERAL);
            assertThat(thread.startedBy()).isEqualTo(REVIEWER);
            assertThat(thread.comments()).singleElement().satisfies(c -> {
                assertThat(c.text()).isEqualTo("Name the two ports, @t-coauthor.");
                assertThat(c.mentions()).containsExactly(CO_AUTHOR);
            });
        });
        as(OWNER, () -> comments.reply(threads.getFirst().id(), "Done."));
        assertThat(notificationsOf(
                        REVIEWER,
                        "briefings/" + briefing.id() + "/edit?comment="
                                + threads.getFirst().id()))
                .extracting(NotificationSummary::kind)
                .containsExactly(NotificationKind.REPLY);
    }

    @Test
    void reviewers_comment_in_every_state_but_published_and_retracted() {
        for (BriefingStatus status : List.of(
                BriefingStatus.DRAFT,
                BriefingStatus.IN_REVIEW,
                BriefingStatus.CHANGES_REQUESTED,
                BriefingStatus.APPROVED)) {
            BriefingDetails briefing = briefingIn(status);
            assertThat(briefing.status()).isEqualTo(status);
            assertThat(as(REVIEWER, () -> comments.mayComment(briefing.id())))
                    .as(status.name())
                    .isTrue();
            CommentThreadDetails thread =
                    as(REVIEWER, () -> comments.startThread(briefing.id(), null, "A note in " + status));
            as(REVIEWER, () -> comments.resolve(thread.id()));
        }
        for (BriefingStatus status : List.of(BriefingStatus.PUBLISHED, BriefingStatus.RETRACTED)) {
            BriefingDetails briefing = briefingIn(status);
            assertThat(briefing.status()).isEqualTo(status);
            assertThat(as(REVIEWER, () -> comments.mayComment(briefing.id())))
                    .as(status.name())
                    .isFalse();
            assertThatThrownBy(() -> as(REVIEWER, () -> comments.startThread(briefing.id(), null, "Too late")))
                    .isInstanceOf(ActionRefusedException.class)
                    .hasMessageStartingWith("Comments are closed: this edition is "
                            + status.label().toLowerCase());
            assertThatThrownBy(() -> as(OWNER, () -> comments.startThread(briefing.id(), null, "Too late")))
                    .isInstanceOf(ActionRefusedException.class);
            // The discussion stays readable.
            assertThat(as(OWNER, () -> comments.threads(briefing.id()))).isNotNull();
        }
    }

    @Test
    void a_published_briefings_old_threads_can_no_longer_be_replied_to_or_resolved() {
        BriefingDetails briefing = briefingIn(BriefingStatus.APPROVED);
        CommentThreadDetails thread = as(REVIEWER, () -> comments.startThread(briefing.id(), null, "Ship it."));
        as(REVIEWER, () -> workflow.publish(briefing.id()));

        assertThatThrownBy(() -> as(OWNER, () -> comments.reply(thread.id(), "Thanks")))
                .isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> as(OWNER, () -> comments.resolve(thread.id())))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(thread(OWNER, thread.id()).comments()).hasSize(1);
    }

    @Test
    void readers_and_authors_of_other_briefings_neither_read_nor_write_comments() {
        BriefingDetails briefing = briefingIn(BriefingStatus.DRAFT);
        CommentThreadDetails thread = as(OWNER, () -> comments.startThread(briefing.id(), null, "Internal note."));

        assertThatThrownBy(() -> as(TestUsers.READER, () -> comments.startThread(briefing.id(), null, "Hi")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(TestUsers.READER, () -> comments.reply(thread.id(), "Hi")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(TestUsers.READER, () -> comments.threads(briefing.id())))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(as(TestUsers.READER, () -> comments.thread(thread.id()))).isEmpty();

        assertThatThrownBy(() -> as(OUTSIDER, () -> comments.reply(thread.id(), "Hi")))
                .isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> as(OUTSIDER, () -> comments.resolve(thread.id())))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(as(OUTSIDER, () -> comments.mayComment(briefing.id()))).isFalse();
        assertThat(as(OUTSIDER, () -> comments.openCount(briefing.id()))).isZero();
        assertThat(thread(OWNER, thread.id()).comments()).hasSize(1);
        assertThat(thread(OWNER, thread.id()).resolved()).isFalse();
    }

    @Test
    void empty_and_oversize_comments_and_passages_are_refused_with_a_message() {
        BriefingDetails briefing = briefingIn(BriefingStatus.DRAFT);

        assertThatThrownBy(() -> as(OWNER, () -> comments.startThread(briefing.id(), null, "   ")))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("Write a comment first: it is empty.");
        assertThatThrownBy(() -> as(OWNER, () -> comments.startThread(briefing.id(), null, "x".repeat(5001))))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("The comment has 5001 characters; keep it under 5,000.");
        assertThatThrownBy(() -> as(
                        OWNER,
                        () -> comments.startThread(briefing.id(), new PassageAnchor("y".repeat(2001), "", ""), "Long")))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("The selected passage has 2001 characters; select at most 2,000.");
        CommentThreadDetails thread = as(OWNER, () -> comments.startThread(briefing.id(), null, "x".repeat(5000)));
        assertThatThrownBy(() -> as(OWNER, () -> comments.reply(thread.id(), "")))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("Write a comment first: it is empty.");
        assertThat(as(OWNER, () -> comments.threads(briefing.id()))).hasSize(1);
    }
}
