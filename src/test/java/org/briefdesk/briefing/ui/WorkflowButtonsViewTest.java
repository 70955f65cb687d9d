package org.briefdesk.briefing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingStatus;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.review.Action;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role sees exactly the review buttons it may use, and the buttons work. */
@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
class WorkflowButtonsViewTest extends SpringBrowserlessTest {

    private static final List<String> WORKFLOW_LABELS =
            java.util.Arrays.stream(Action.values()).map(Action::label).toList();

    @Autowired
    BriefingService briefingService;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    ActingUser actingUser;

    private <T> T as(String username, java.util.concurrent.Callable<T> action) {
        return actingUser.as(username, action);
    }

    private BriefingDetails authorsBriefingIn(BriefingStatus status) {
        return briefingIn(TestUsers.AUTHOR, status);
    }

    private BriefingDetails briefingIn(String author, BriefingStatus status) {
        BriefingDetails briefing = as(author, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled("Buttons " + UUID.randomUUID()));
            return briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            new BriefingDraft(
                                    created.title(), null, "Plain text.", Audience.INTERNAL, Set.of(), Set.of()),
                            null,
                            false)
                    .briefing();
        });
        if (status != BriefingStatus.DRAFT) {
            as(author, () -> workflow.submit(briefing.id(), null));
        }
        if (status == BriefingStatus.APPROVED || status == BriefingStatus.PUBLISHED) {
            as(TestUsers.EDITOR, () -> workflow.approve(briefing.id()));
        }
        if (status == BriefingStatus.PUBLISHED) {
            as(TestUsers.EDITOR, () -> workflow.publish(briefing.id()));
        }
        return briefing;
    }

    private List<String> workflowButtons(BriefingDetails briefing) {
        navigate("briefings/" + briefing.id() + "/edit", BriefingEditorView.class);
        return $view(Button.class).all().stream()
                .filter(Button::isVisible)
                .map(Button::getText)
                .filter(WORKFLOW_LABELS::contains)
                .toList();
    }

    @Test
    @WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_author_sees_submit_on_a_draft_withdraw_in_review_and_reopen_when_approved() {
        assertThat(workflowButtons(authorsBriefingIn(BriefingStatus.DRAFT))).containsExactly("Submit for review");
        assertThat(workflowButtons(authorsBriefingIn(BriefingStatus.IN_REVIEW))).containsExactly("Withdraw");
        assertThat(workflowButtons(authorsBriefingIn(BriefingStatus.APPROVED))).containsExactly("Reopen");
        assertThat(workflowButtons(authorsBriefingIn(BriefingStatus.PUBLISHED))).containsExactly("Revise");
    }

    @Test
    @WithUserDetails(value = TestUsers.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_editor_sees_request_changes_and_approve_on_someone_elses_briefing_in_review() {
        assertThat(workflowButtons(authorsBriefingIn(BriefingStatus.DRAFT))).isEmpty();
        assertThat(workflowButtons(authorsBriefingIn(BriefingStatus.IN_REVIEW)))
                .containsExactly("Request changes", "Approve");
        assertThat(workflowButtons(authorsBriefingIn(BriefingStatus.APPROVED))).containsExactly("Publish", "Reopen");
        assertThat(workflowButtons(authorsBriefingIn(BriefingStatus.PUBLISHED))).containsExactly("Revise", "Retract");
    }

    @Test
    @WithUserDetails(value = TestUsers.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void publishing_from_the_editor_confirms_first_and_retracting_needs_a_reason() {
        BriefingDetails briefing = authorsBriefingIn(BriefingStatus.APPROVED);
        workflowButtons(briefing);

        test($view(Button.class).withText("Publish").single()).click();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .withTextContaining("/briefings/" + briefing.slug())
                        .exists())
                .isTrue();
        test($(Button.class).withText("Publish").last()).click();
        assertThat(as(
                        TestUsers.AUTHOR,
                        () -> briefingService.get(briefing.id()).orElseThrow().status()))
                .isEqualTo(BriefingStatus.PUBLISHED);

        test($view(Button.class).withText("Retract").single()).click();
        TextArea reason =
                $(TextArea.class).withLabel("Reason (shown to readers)").single();
        test($(Button.class).withText("Retract").last()).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(as(
                        TestUsers.AUTHOR,
                        () -> briefingService.get(briefing.id()).orElseThrow().status()))
                .isEqualTo(BriefingStatus.PUBLISHED);
        test(reason).setValue("The figures were wrong.");
        test($(Button.class).withText("Retract").last()).click();
        assertThat(as(
                        TestUsers.AUTHOR,
                        () -> briefingService.get(briefing.id()).orElseThrow().status()))
                .isEqualTo(BriefingStatus.RETRACTED);
    }

    @Test
    @WithUserDetails(value = TestUsers.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_editor_who_writes_the_briefing_sees_no_review_buttons_on_it() {
        assertThat(workflowButtons(briefingIn(TestUsers.EDITOR, BriefingStatus.IN_REVIEW)))
                .containsExactly("Withdraw");
    }

    @Test
    @WithUserDetails(value = TestUsers.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void request_changes_needs_a_comment_which_the_author_then_sees_in_the_editor() {
        BriefingDetails briefing = authorsBriefingIn(BriefingStatus.IN_REVIEW);
        workflowButtons(briefing);

        test($view(Button.class).withText("Request changes").single()).click();
        test($(Button.class).withText("Send back").single()).click();
        TextArea comment = $(TextArea.class).withLabel("What should change").single();
        assertThat(comment.isInvalid()).isTrue();
        test(comment).setValue("Name the second source.");
        test($(Button.class).withText("Send back").single()).click();

        assertThat(as(
                        TestUsers.AUTHOR,
                        () -> briefingService.get(briefing.id()).orElseThrow().status()))
                .isEqualTo(BriefingStatus.CHANGES_REQUESTED);
        assertThat($view(com.vaadin.flow.component.html.Paragraph.class)
                        .withText("Name the second source.")
                        .exists())
                .isTrue();
    }

    @Test
    @WithUserDetails(value = TestUsers.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_history_tells_who_moved_the_briefing_from_which_state_to_which_with_comment_and_revision() {
        BriefingDetails briefing = authorsBriefingIn(BriefingStatus.IN_REVIEW);
        as(TestUsers.EDITOR, () -> workflow.requestChanges(briefing.id(), "Date the port visit."));
        workflowButtons(briefing);

        test($view(Button.class).withText("History").single()).click();

        List<String> steps =
                $(com.vaadin.flow.component.html.Div.class).withClassName("bd-timeline-step").all().stream()
                        .map(step -> step.getElement().getTextRecursively())
                        .toList();
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0))
                .contains("Test editor · Request changes · In review → Changes requested · revision 2")
                .contains("“Date the port visit.”");
        assertThat(steps.get(1)).contains("Test author · Submit for review · Draft → In review · revision 2");
    }
}
