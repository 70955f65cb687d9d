package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefdesk.IntegrationTest;
import org.briefdesk.Waits;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.review.Action;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Every transition of PRODUCT section 5, allowed and refused, with real users on MariaDB. */
@IntegrationTest
class BriefingWorkflowServiceTest {

    private static final String SECOND_EDITOR = "t-editor2";

    @Autowired
    BriefingService briefingService;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    NotificationService notifications;

    @Autowired
    ActingUser actingUser;

    @Autowired
    org.briefdesk.user.UserService userService;

    private <T> T as(String username, java.util.concurrent.Callable<T> action) {
        return actingUser.as(username, action);
    }

    private void ensureSecondEditor() {
        as("admin", () -> {
            if (userService.list().stream().noneMatch(u -> u.username().equals(SECOND_EDITOR))) {
                userService.create(new org.briefdesk.user.UserDraft(
                        SECOND_EDITOR,
                        "Second Editor",
                        TestUsers.PASSWORD,
                        Set.of(org.briefdesk.security.Role.EDITOR)));
            }
            return null;
        });
    }

    private BriefingDetails draftBy(String author) {
        return as(author, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled("Workflow " + UUID.randomUUID()));
            return briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            new BriefingDraft(
                                    created.title(),
                                    null,
                                    "Clean text without citations.",
                                    Audience.INTERNAL,
                                    Set.of(),
                                    Set.of()),
                            null,
                            false)
                    .briefing();
        });
    }

    private BriefingStatus status(long id) {
        return as(TestUsers.EDITOR, () -> briefingService.get(id).orElseThrow().status());
    }

    @Test
    void the_whole_round_submit_request_changes_resubmit_approve_and_the_timeline_tells_it() {
        BriefingDetails briefing = draftBy(TestUsers.AUTHOR);
        long id = briefing.id();

        as(TestUsers.AUTHOR, () -> workflow.submit(id, TestUsers.EDITOR));
        assertThat(status(id)).isEqualTo(BriefingStatus.IN_REVIEW);
        assertThat(as(TestUsers.EDITOR, workflow::waitingForMyReview))
                .extracting(BriefingSummary::id)
                .contains(id);
        assertThat(as(TestUsers.EDITOR, notifications::mine))
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo(NotificationKind.REVIEW_REQUESTED));

        as(TestUsers.EDITOR, () -> workflow.requestChanges(id, "Cite the harbour master."));
        assertThat(status(id)).isEqualTo(BriefingStatus.CHANGES_REQUESTED);
        assertThat(as(TestUsers.AUTHOR, () -> workflow.openChangeRequest(id))
                        .orElseThrow()
                        .comment())
                .isEqualTo("Cite the harbour master.");
        assertThat(as(TestUsers.AUTHOR, notifications::mine)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CHANGES_REQUESTED);
            assertThat(n.message()).contains("Cite the harbour master.");
            assertThat(n.link()).isEqualTo("briefings/" + id + "/edit");
        });
        assertThat(as(TestUsers.AUTHOR, workflow::changesRequested))
                .extracting(BriefingSummary::id)
                .contains(id);

        long revision = as(
                TestUsers.AUTHOR,
                () -> briefingService
                        .save(
                                id,
                                briefingService.get(id).orElseThrow().currentRevisionId(),
                                new BriefingDraft(
                                        briefing.title(), null, "Better text.", Audience.INTERNAL, Set.of(), Set.of()),
                                "As asked",
                                false)
                        .briefing()
                        .currentRevisionId());
        as(TestUsers.AUTHOR, () -> workflow.submit(id, null));
        TransitionSummary approval = as(TestUsers.EDITOR, () -> workflow.approve(id));
        assertThat(approval.revisionId()).isEqualTo(revision);
        assertThat(status(id)).isEqualTo(BriefingStatus.APPROVED);

        List<TransitionSummary> timeline = as(TestUsers.AUTHOR, () -> workflow.timeline(id));
        assertThat(timeline)
                .extracting(TransitionSummary::action)
                .containsExactly(Action.APPROVE, Action.SUBMIT, Action.REQUEST_CHANGES, Action.SUBMIT);
        // Who, from, to, comment and revision of every step; newest first, so times never increase.
        assertThat(timeline)
                .extracting(
                        TransitionSummary::actor,
                        TransitionSummary::from,
                        TransitionSummary::to,
                        TransitionSummary::comment,
                        TransitionSummary::revisionId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                TestUsers.EDITOR, BriefingStatus.IN_REVIEW, BriefingStatus.APPROVED, null, revision),
                        org.assertj.core.groups.Tuple.tuple(
                                TestUsers.AUTHOR,
                                BriefingStatus.CHANGES_REQUESTED,
                                BriefingStatus.IN_REVIEW,
                                null,
                                revision),
                        org.assertj.core.groups.Tuple.tuple(
                                TestUsers.EDITOR,
                                BriefingStatus.IN_REVIEW,
                                BriefingStatus.CHANGES_REQUESTED,
                                "Cite the harbour master.",
                                briefing.currentRevisionId()),
                        org.assertj.core.groups.Tuple.tuple(
                                TestUsers.AUTHOR,
                                BriefingStatus.DRAFT,
                                BriefingStatus.IN_REVIEW,
                                null,
                                briefing.currentRevisionId()));
        assertThat(timeline)
                .extracting(TransitionSummary::occurredAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThatThrownBy(() -> as(
                        TestUsers.AUTHOR,
                        () -> briefingService.save(
                                id,
                                revision,
                                new BriefingDraft(
                                        briefing.title(), null, "Sneaky edit", Audience.INTERNAL, Set.of(), Set.of()),
                                null,
                                false)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("cannot be edited");

        as(TestUsers.AUTHOR, () -> workflow.reopen(id));
        assertThat(status(id)).isEqualTo(BriefingStatus.DRAFT);
    }

    @Test
    void an_author_who_is_also_an_editor_cannot_review_their_own_briefing() {
        BriefingDetails briefing = draftBy(TestUsers.EDITOR);
        as(TestUsers.EDITOR, () -> workflow.submit(briefing.id(), null));

        assertThatThrownBy(() -> as(TestUsers.EDITOR, () -> workflow.approve(briefing.id())))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("four eyes");
        assertThatThrownBy(() -> as(TestUsers.EDITOR, () -> workflow.requestChanges(briefing.id(), "Hm")))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(as(TestUsers.EDITOR, () -> workflow.availableActions(briefing.id())))
                .containsExactly(Action.WITHDRAW);
        assertThat(as(TestUsers.EDITOR, workflow::waitingForMyReview))
                .extracting(BriefingSummary::id)
                .doesNotContain(briefing.id());
    }

    @Test
    void an_author_later_given_the_editor_role_still_cannot_review_their_own_briefing() {
        String writer = "t-writer-" + UUID.randomUUID().toString().substring(0, 8);
        long writerId = as(
                TestUsers.ADMIN,
                () -> userService
                        .create(new org.briefdesk.user.UserDraft(
                                writer,
                                "Writer Editor",
                                TestUsers.PASSWORD,
                                Set.of(org.briefdesk.security.Role.AUTHOR)))
                        .id());
        BriefingDetails briefing = draftBy(writer);
        as(writer, () -> workflow.submit(briefing.id(), null));
        as(
                TestUsers.ADMIN,
                () -> userService.assignRoles(
                        writerId, Set.of(org.briefdesk.security.Role.AUTHOR, org.briefdesk.security.Role.EDITOR)));

        assertThatThrownBy(() -> as(writer, () -> workflow.approve(briefing.id())))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("four eyes");
        assertThatThrownBy(() -> as(writer, () -> workflow.requestChanges(briefing.id(), "Looks fine to me")))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("four eyes");
        assertThat(as(writer, () -> workflow.availableActions(briefing.id()))).containsExactly(Action.WITHDRAW);
        assertThat(as(writer, workflow::waitingForMyReview))
                .extracting(BriefingSummary::id)
                .doesNotContain(briefing.id());
        assertThat(status(briefing.id())).isEqualTo(BriefingStatus.IN_REVIEW);
    }

    @Test
    void an_approved_autosave_is_kept_when_the_author_autosaves_again_after_reopening() {
        BriefingDetails briefing = draftBy(TestUsers.AUTHOR);
        long id = briefing.id();
        long autosaved = as(TestUsers.AUTHOR, () -> autosave(id, "Autosaved text that gets approved."));
        as(TestUsers.AUTHOR, () -> workflow.submit(id, null));
        TransitionSummary approval = as(TestUsers.EDITOR, () -> workflow.approve(id));
        assertThat(approval.revisionId()).isEqualTo(autosaved);

        as(TestUsers.AUTHOR, () -> workflow.reopen(id));
        long next = as(TestUsers.AUTHOR, () -> autosave(id, "Typing on after the reopening."));

        assertThat(next).isNotEqualTo(autosaved);
        assertThat(as(TestUsers.AUTHOR, () -> briefingService.revision(id, autosaved)))
                .hasValueSatisfying(
                        revision -> assertThat(revision.body()).isEqualTo("Autosaved text that gets approved."));
        // Autosaves that no step points at are still replaced: one per user.
        long last = as(TestUsers.AUTHOR, () -> autosave(id, "And a little more."));
        assertThat(as(TestUsers.AUTHOR, () -> briefingService.revisions(id)))
                .extracting(RevisionSummary::id)
                .contains(autosaved, last)
                .doesNotContain(next);
    }

    private long autosave(long id, String body) {
        BriefingDetails current = briefingService.get(id).orElseThrow();
        return briefingService
                .save(
                        id,
                        current.currentRevisionId(),
                        new BriefingDraft(current.title(), null, body, Audience.INTERNAL, Set.of(), Set.of()),
                        null,
                        true)
                .briefing()
                .currentRevisionId();
    }

    @Test
    void refused_steps_say_why_and_change_nothing() {
        BriefingDetails briefing = draftBy(TestUsers.AUTHOR);
        long id = briefing.id();

        assertThatThrownBy(() -> as(TestUsers.EDITOR, () -> workflow.approve(id)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("does not apply");
        assertThatThrownBy(() -> as(TestUsers.EDITOR, () -> workflow.submit(id, null)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("owner and co-authors");
        as(TestUsers.AUTHOR, () -> workflow.submit(id, null));
        assertThatThrownBy(() -> as(TestUsers.EDITOR, () -> workflow.requestChanges(id, "   ")))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("comment is required");
        assertThatThrownBy(() -> as(TestUsers.AUTHOR, () -> workflow.approve(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(TestUsers.READER, () -> workflow.withdraw(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(id)).isEqualTo(BriefingStatus.IN_REVIEW);
        as(TestUsers.AUTHOR, () -> workflow.withdraw(id));
        assertThat(status(id)).isEqualTo(BriefingStatus.DRAFT);
    }

    @Test
    void a_briefing_with_check_errors_cannot_be_submitted() {
        BriefingDetails briefing = as(TestUsers.AUTHOR, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled("Errors " + UUID.randomUUID()));
            return briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            new BriefingDraft(
                                    created.title(),
                                    null,
                                    "As reported [@no-such-source-key].",
                                    Audience.INTERNAL,
                                    Set.of(),
                                    Set.of()),
                            null,
                            false)
                    .briefing();
        });

        assertThatThrownBy(() -> as(TestUsers.AUTHOR, () -> workflow.submit(briefing.id(), null)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("checks found errors");
        assertThat(status(briefing.id())).isEqualTo(BriefingStatus.DRAFT);
    }

    @Test
    void two_editors_approving_at_once_end_in_one_approval_and_the_other_is_told() throws Exception {
        ensureSecondEditor();
        BriefingDetails briefing = draftBy(TestUsers.AUTHOR);
        as(TestUsers.AUTHOR, () -> workflow.submit(briefing.id(), null));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String editor : List.of(TestUsers.EDITOR, SECOND_EDITOR)) {
                outcomes.add(pool.submit(() -> {
                    Waits.await(start);
                    try {
                        as(editor, () -> workflow.approve(briefing.id()));
                        return "approved";
                    } catch (ActionRefusedException refused) {
                        return refused.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(Waits.get(outcome));
            }
            assertThat(results).containsOnlyOnce("approved");
            assertThat(results).anySatisfy(message -> assertThat(message).contains("does not apply"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(status(briefing.id())).isEqualTo(BriefingStatus.APPROVED);
        assertThat(as(TestUsers.AUTHOR, () -> workflow.timeline(briefing.id())))
                .filteredOn(step -> step.action() == Action.APPROVE)
                .hasSize(1);
    }

    @Test
    void approving_while_the_author_withdraws_ends_in_exactly_one_valid_state() throws Exception {
        BriefingDetails briefing = draftBy(TestUsers.AUTHOR);
        as(TestUsers.AUTHOR, () -> workflow.submit(briefing.id(), null));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> approve = pool.submit(() -> {
                Waits.await(start);
                return succeeds(() -> as(TestUsers.EDITOR, () -> workflow.approve(briefing.id())));
            });
            Future<Boolean> withdraw = pool.submit(() -> {
                Waits.await(start);
                return succeeds(() -> as(TestUsers.AUTHOR, () -> workflow.withdraw(briefing.id())));
            });
            start.countDown();
            boolean approved = Waits.get(approve);
            boolean withdrawn = Waits.get(withdraw);
            assertThat(approved ^ withdrawn).as("exactly one of them wins").isTrue();
            assertThat(status(briefing.id())).isEqualTo(approved ? BriefingStatus.APPROVED : BriefingStatus.DRAFT);
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean succeeds(Runnable action) {
        try {
            action.run();
            return true;
        } catch (ActionRefusedException refused) {
            return false;
        }
    }
}
