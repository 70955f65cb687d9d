package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.DialogKeys;
import org.briefdesk.base.ui.ErrorMessages;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.review.Action;
import org.briefdesk.tradecraft.JudgmentChange;
import org.briefdesk.tradecraft.KeyJudgments;
import org.briefdesk.user.UserDirectory;

/**
 * The review buttons of the editor, shown only when the user may take them, and the comment of an
 * open request for changes.
 */
class WorkflowBar extends Composite<Div> {

    interface ChangedCallback {
        void changed();
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    /**
     * What the buttons and their dialogs need of the briefing: kept in their listeners until the next
     * {@link #show}, so without the text (the editor has that).
     */
    private record Shown(long id, String slug, String owner, List<String> coAuthors, Audience audience, int edition) {

        static Shown of(BriefingDetails details) {
            return new Shown(
                    details.id(),
                    details.slug(),
                    details.owner(),
                    details.coAuthors(),
                    details.audience(),
                    details.edition());
        }
    }

    private final BriefingWorkflowService workflow;
    private final UserDirectory userDirectory;
    private final ChangedCallback callback;
    private final HorizontalLayout buttons = new HorizontalLayout();
    private final Div changeRequest = new Div();

    WorkflowBar(BriefingWorkflowService workflow, UserDirectory userDirectory, ChangedCallback callback) {
        this.workflow = workflow;
        this.userDirectory = userDirectory;
        this.callback = callback;
        changeRequest.addClassName("bd-change-request");
        getContent().add(changeRequest, buttons);
    }

    /**
     * Shows the buttons for the briefing as it is now. {@code beforeSubmit} runs first on "Submit for
     * review", so that unsaved text is saved and checked.
     */
    void show(BriefingDetails details, Runnable beforeSubmit) {
        Shown briefing = Shown.of(details);
        buttons.removeAll();
        Set<Action> actions = workflow.availableActions(briefing.id());
        for (Action action : Action.values()) {
            if (!actions.contains(action)) {
                continue;
            }
            Button button = new Button(action.label(), click -> start(briefing, action, beforeSubmit));
            if (action == Action.SUBMIT || action == Action.APPROVE || action == Action.PUBLISH) {
                button.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            }
            if (action == Action.RETRACT) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            buttons.add(button);
        }
        changeRequest.removeAll();
        workflow.openChangeRequest(briefing.id())
                .ifPresentOrElse(
                        request -> {
                            String who = userDirectory
                                    .find(request.actor())
                                    .map(UserDirectory.Person::displayName)
                                    .orElse(request.actor());
                            changeRequest.add(
                                    new Span(who + " requested changes ("
                                            + ViewerTime.format(WHEN, request.occurredAt()) + "):"),
                                    new Paragraph(request.comment() == null ? "" : request.comment()));
                            changeRequest.setVisible(true);
                        },
                        () -> changeRequest.setVisible(false));
    }

    private void start(Shown briefing, Action action, Runnable beforeSubmit) {
        switch (action) {
            case SUBMIT -> {
                beforeSubmit.run();
                openSubmitDialog(briefing);
            }
            case REQUEST_CHANGES -> openRequestChangesDialog(briefing);
            case APPROVE -> run(() -> workflow.approve(briefing.id()), "Approved. The text is locked until reopened.");
            case WITHDRAW -> run(() -> workflow.withdraw(briefing.id()), "Withdrawn from review.");
            case REOPEN -> run(() -> workflow.reopen(briefing.id()), "Reopened as a draft.");
            case PUBLISH -> openPublishDialog(briefing);
            case REVISE ->
                run(
                        () -> workflow.revise(briefing.id()),
                        "Edition " + (briefing.edition() + 1) + " is a draft now. Edition " + briefing.edition()
                                + " stays published until the next one is.");
            case RETRACT -> openRetractDialog(briefing);
        }
    }

    private void openSubmitDialog(Shown briefing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Submit for review");
        ComboBox<String> reviewer = new ComboBox<>("Reviewer (optional)");
        reviewer.setItems(userDirectory.editors().stream()
                .map(UserDirectory.Person::username)
                .filter(editor -> !editor.equals(briefing.owner())
                        && !briefing.coAuthors().contains(editor))
                .toList());
        reviewer.setItemLabelGenerator(username -> userDirectory
                .find(username)
                .map(person -> person.displayName() + " (" + username + ")")
                .orElse(username));
        reviewer.setHelperText("Without a name, every editor who does not write it may review.");
        reviewer.setWidthFull();
        dialog.add(reviewer);
        Button submit = new Button("Submit", click -> {
            if (run(() -> workflow.submit(briefing.id(), reviewer.getValue()), "Submitted for review.")) {
                dialog.close();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DialogKeys.enterPresses(submit, reviewer);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), submit);
        dialog.open();
        reviewer.focus();
    }

    private void openRequestChangesDialog(Shown briefing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Request changes");
        TextArea comment = new TextArea("What should change");
        comment.setWidth("min(36rem, 80vw)");
        comment.setMinHeight("8rem");
        comment.setRequiredIndicatorVisible(true);
        int mine = workflow.myPendingSuggestions(briefing.id());
        if (mine > 0) {
            dialog.add(new Paragraph((mine == 1 ? "Your suggestion goes" : "Your " + mine + " suggestions go")
                    + " with it: the authors accept or reject each in the Suggestions panel."));
        }
        dialog.add(comment);
        Button send = new Button("Send back", click -> {
            if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage("Say what should change.");
                return;
            }
            if (run(() -> workflow.requestChanges(briefing.id(), comment.getValue()), "Sent back for changes.")) {
                dialog.close();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        comment.setHelperText("Ctrl+Enter sends it back");
        DialogKeys.ctrlEnterPresses(send, comment);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), send);
        dialog.open();
        comment.focus();
    }

    private void openPublishDialog(Shown briefing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Publish");
        String readers = briefing.audience() == Audience.PUBLIC ? "anyone, without signing in" : "every signed-in user";
        dialog.add(new Paragraph("The approved text becomes a published edition that never changes afterwards. It"
                + " will be readable by " + readers + " at /briefings/" + briefing.slug() + "."));
        List<JudgmentChange> changes = workflow.judgmentChanges(briefing.id());
        TextArea note = new TextArea("Why the key judgments changed (shown to readers)");
        if (!changes.isEmpty()) {
            UnorderedList list = new UnorderedList();
            changes.forEach(
                    change -> list.add(new ListItem(change.describe() + ": " + KeyJudgments.plain(change.text()))));
            dialog.add(new Paragraph("The key judgments changed since the last edition:"), list);
            note.setWidth("min(36rem, 80vw)");
            note.setMinHeight("5rem");
            note.setMaxLength(2000);
            note.setRequiredIndicatorVisible(true);
            note.setHelperText("Ctrl+Enter publishes");
            dialog.add(note);
        }
        Button publish = new Button("Publish", click -> {
            if (!changes.isEmpty() && note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage("Say why: readers of the new edition will see it.");
                return;
            }
            if (run(() -> workflow.publish(briefing.id(), changes.isEmpty() ? null : note.getValue()), "Published.")) {
                dialog.close();
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), publish);
        dialog.open();
        if (changes.isEmpty()) {
            // Nothing to fill in: Enter confirms.
            publish.focus();
        } else {
            DialogKeys.ctrlEnterPresses(publish, note);
            note.focus();
        }
    }

    private void openRetractDialog(Shown briefing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Retract");
        dialog.add(new Paragraph(
                "The reading page will show the reason and the date instead of the text. This" + " cannot be undone."));
        TextArea reason = new TextArea("Reason (shown to readers)");
        reason.setWidth("min(36rem, 80vw)");
        reason.setMinHeight("6rem");
        reason.setRequiredIndicatorVisible(true);
        dialog.add(reason);
        Button retract = new Button("Retract", click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Say why: readers will see the reason.");
                return;
            }
            if (run(() -> workflow.retract(briefing.id(), reason.getValue()), "Retracted.")) {
                dialog.close();
            }
        });
        retract.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        reason.setHelperText("Ctrl+Enter retracts");
        DialogKeys.ctrlEnterPresses(retract, reason);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), retract);
        dialog.open();
        reason.focus();
    }

    private boolean run(Runnable transition, String done) {
        try {
            transition.run();
            Notifications.success(done);
            callback.changed();
            return true;
        } catch (ActionRefusedException refused) {
            Notifications.error(refused.getMessage());
            callback.changed();
            return false;
        } catch (RuntimeException failure) {
            Notifications.error(ErrorMessages.forUser(failure));
            return false;
        }
    }
}
