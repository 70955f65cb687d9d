package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.briefing.RevisionKind;
import org.briefdesk.briefing.RevisionSummary;
import org.briefdesk.briefing.TransitionSummary;
import org.briefdesk.citation.WordDiff;
import org.briefdesk.user.UserDirectory;

/** The revisions of a briefing: compare any two word by word, and restore one as a new revision. */
class HistoryDialog extends Dialog {

    interface RestoredCallback {
        void restored(BriefingDetails briefing);
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private final Div diff = new Div();

    HistoryDialog(
            BriefingService briefingService,
            BriefingWorkflowService workflow,
            UserDirectory userDirectory,
            long briefingId,
            boolean mayRestore,
            List<EditorPanelContribution.TimelineEntry> entries,
            RestoredCallback callback) {
        setHeaderTitle("History");
        setWidth("min(64rem, 96vw)");
        List<RevisionSummary> revisions = briefingService.revisions(briefingId);

        Grid<RevisionSummary> grid = new Grid<>();
        grid.addColumn(RevisionSummary::number).setHeader("#").setKey("number").setAutoWidth(true);
        grid.addColumn(r -> ViewerTime.format(WHEN, r.createdAt()))
                .setHeader("Saved")
                .setKey("saved");
        grid.addColumn(RevisionSummary::author).setHeader("By").setKey("by");
        grid.addColumn(r -> (r.kind() == RevisionKind.AUTOSAVE
                                ? "Autosave"
                                : r.kind() == RevisionKind.RESTORE ? "Restore" : "Save")
                        + (r.conflicted() ? " (conflicted, not current)" : ""))
                .setHeader("Kind")
                .setKey("kind");
        grid.addColumn(r -> r.message() == null ? "" : r.message())
                .setHeader("Message")
                .setKey("message")
                .setFlexGrow(2);
        grid.setItems(revisions);
        grid.setHeight("14rem");

        ComboBox<RevisionSummary> from = revisionPicker("Compare", revisions);
        ComboBox<RevisionSummary> to = revisionPicker("with", revisions);
        if (revisions.size() >= 2) {
            from.setValue(revisions.get(1));
            to.setValue(revisions.get(0));
        }
        Button compare = new Button("Compare", click -> {
            if (from.getValue() == null || to.getValue() == null) {
                Notifications.error("Pick two revisions to compare.");
                return;
            }
            showDiff(briefingService.diff(
                    briefingId, from.getValue().id(), to.getValue().id()));
        });
        Button restore = new Button(
                "Restore",
                click -> grid.asSingleSelect()
                        .getOptionalValue()
                        .ifPresentOrElse(
                                revision -> confirmRestore(briefingService, briefingId, revision, callback),
                                () -> Notifications.error("Select the revision to restore in the list.")));
        restore.setEnabled(mayRestore);
        restore.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout controls = new HorizontalLayout(from, to, compare, restore);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        diff.addClassName("bd-diff");
        add(
                grid,
                controls,
                diff,
                new H3("Timeline"),
                createTimeline(workflow.timeline(briefingId), entries, revisions, userDirectory));
        getFooter().add(new Button("Close", click -> close()));
    }

    /**
     * Newest first, one step a line: when, who, what, from → to, on which revision, and the comment;
     * among them the panels' entries (suggestions made, accepted, rejected).
     */
    private static Div createTimeline(
            List<TransitionSummary> steps,
            List<EditorPanelContribution.TimelineEntry> entries,
            List<RevisionSummary> revisions,
            UserDirectory userDirectory) {
        Div timeline = new Div();
        timeline.addClassName("bd-timeline");
        if (steps.isEmpty() && entries.isEmpty()) {
            Paragraph empty = new Paragraph("No review steps yet: the briefing has been a draft all along.");
            empty.addClassName("bd-empty-state");
            timeline.add(empty);
        }
        Map<Long, Integer> numbers =
                revisions.stream().collect(Collectors.toMap(RevisionSummary::id, RevisionSummary::number));
        List<Map.Entry<java.time.Instant, Div>> lines = new java.util.ArrayList<>();
        for (EditorPanelContribution.TimelineEntry entry : entries) {
            Div line = new Div(new Span(ViewerTime.format(WHEN, entry.at()) + " · " + entry.text()));
            line.addClassName("bd-timeline-step");
            if (entry.detail() != null) {
                line.add(new Paragraph(entry.detail()));
            }
            lines.add(Map.entry(entry.at(), line));
        }
        for (TransitionSummary step : steps) {
            String who = userDirectory
                    .find(step.actor())
                    .map(UserDirectory.Person::displayName)
                    .orElse(step.actor());
            StringBuilder line = new StringBuilder()
                    .append(ViewerTime.format(WHEN, step.occurredAt()))
                    .append(" · ")
                    .append(who)
                    .append(" · ")
                    .append(step.action().label())
                    .append(" · ")
                    .append(step.from().label())
                    .append(" → ")
                    .append(step.to().label());
            Integer number = step.revisionId() == null ? null : numbers.get(step.revisionId());
            if (number != null) {
                line.append(" · revision ").append(number);
            }
            Div entry = new Div(new Span(line.toString()));
            entry.addClassName("bd-timeline-step");
            if (step.comment() != null) {
                entry.add(new Paragraph("“" + step.comment() + "”"));
            }
            lines.add(Map.entry(step.occurredAt(), entry));
        }
        // Stable: steps at the same instant keep the order they came in.
        lines.sort(Map.Entry.<java.time.Instant, Div>comparingByKey().reversed());
        lines.forEach(line -> timeline.add(line.getValue()));
        return timeline;
    }

    private static ComboBox<RevisionSummary> revisionPicker(String label, List<RevisionSummary> revisions) {
        ComboBox<RevisionSummary> picker = new ComboBox<>(label);
        picker.setItems(revisions);
        picker.setItemLabelGenerator(
                r -> "#" + r.number() + " · " + r.author() + " · " + ViewerTime.format(WHEN, r.createdAt()));
        return picker;
    }

    private void showDiff(List<WordDiff.Part> parts) {
        diff.removeAll();
        for (WordDiff.Part part : parts) {
            Span span = new Span(part.text());
            switch (part.kind()) {
                case ADDED -> span.addClassName("bd-diff-added");
                case REMOVED -> span.addClassName("bd-diff-removed");
                case SAME -> {}
            }
            diff.add(span);
        }
    }

    private void confirmRestore(
            BriefingService briefingService, long briefingId, RevisionSummary revision, RestoredCallback callback) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Restore revision " + revision.number() + "?",
                "Its text becomes the current text, saved as a new revision. Nothing is lost: the current text stays"
                        + " in the history.",
                "Restore",
                event -> {
                    try {
                        var result = briefingService.restore(briefingId, revision.id());
                        Notifications.success("Revision " + revision.number() + " restored.");
                        close();
                        callback.restored(result.briefing());
                    } catch (ActionRefusedException refused) {
                        Notifications.error(refused.getMessage());
                    }
                });
        confirm.setCancelable(true);
        confirm.open();
    }
}
