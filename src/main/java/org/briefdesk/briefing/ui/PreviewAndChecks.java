package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefdesk.base.DatabaseOutage;
import org.briefdesk.base.ui.DialogKeys;
import org.briefdesk.base.ui.ErrorMessages;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.briefing.BriefingChecks;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.CheckReport;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The editor's right-hand side: the sanitized preview of the text and the Checks under it — a
 * summary, then each finding as a button that selects its stretch of the text.
 */
final class PreviewAndChecks {

    /** Selects a stretch of the text being edited, or of a key judgment's sentence. */
    interface Selection {
        void select(int start, int end);

        void selectInJudgment(String judgmentId, int start, int end);
    }

    private final Div preview = new Div();
    private final Div checks = new Div();
    private final Span summary = new Span();
    private final Div side;
    private final Selection selection;
    private final BriefingChecks briefingChecks;

    PreviewAndChecks(BriefingChecks briefingChecks, Selection selection) {
        this.briefingChecks = briefingChecks;
        this.selection = selection;
        preview.addClassName("bd-preview");
        checks.addClassName("bd-checks");
        summary.getElement().setAttribute("role", "status");
        side = new Div(new H3("Preview"), preview, new H3("Checks"), summary, checks);
        side.addClassName("bd-editor-side");
    }

    Component component() {
        return side;
    }

    /**
     * Checks the text as it is now and shows it, with what the panels add: the suggestions' marks in
     * the preview, and what accepting each would make the checks find. While the database cannot be
     * reached the checks wait; other failures are told, and the last preview stays.
     */
    void refresh(@Nullable Long briefingId, BriefingDraft draft, List<EditorPanelContribution.Panel> panels) {
        String markdown = draft.body();
        try {
            CheckReport report = briefingChecks.check(briefingId, draft);
            List<Finding> added = new ArrayList<>();
            String html = report.preview().html();
            for (EditorPanelContribution.Panel panel : panels) {
                added.addAll(panel.checks(markdown, report.findings()));
                var marks = panel.previewMarks(markdown).orElse(null);
                if (marks != null) {
                    html = marks.html(briefingChecks.preview(marks.markdown()));
                }
            }
            show(report, html, added, briefingId, draft);
        } catch (RuntimeException failure) {
            if (DatabaseOutage.isOutage(failure)) {
                waitForDatabase();
            } else {
                Notifications.error(ErrorMessages.forUser(failure));
            }
        }
    }

    /**
     * Shows the report of the text as it is now, with the preview's {@code html} (the report's, or
     * with the suggestions marked) and the findings the panels add ({@code added}: what pending
     * suggestions would change), listed after the text's own.
     */
    private void show(
            CheckReport report, String html, List<Finding> added, @Nullable Long briefingId, BriefingDraft draft) {
        // The HTML has passed the allow-list sanitizer. It goes straight into the preview's
        // innerHTML: one copy on the server, and no parsing of it at every pause in typing.
        preview.getElement().setProperty("innerHTML", html);
        checks.removeAll();
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        summary.setText(
                errors == 0 && warnings == 0
                        ? "All citations resolve and every quotation is verified."
                        : errors
                                + (errors == 1 ? " error, " : " errors, ")
                                + warnings
                                + (warnings == 1 ? " warning" : " warnings")
                                + (errors > 0 ? ". Errors block submission for review." : "."));
        summary.setClassName("bd-checks-summary " + (errors > 0 ? "bd-has-errors" : "bd-no-errors"));
        for (Finding finding : report.findings()) {
            CheckReport.Acceptance acceptance = report.acceptance(finding);
            Div row = new Div(findingButton(finding));
            if (acceptance != null) {
                row.addClassName("bd-finding-accepted");
                Span why = new Span("Accepted by " + acceptance.acceptedBy() + ": " + acceptance.reason());
                why.addClassName("bd-finding-reason");
                row.add(why);
            } else if (briefingId != null && finding.severity() == Severity.WARNING) {
                row.add(acceptButton(briefingId, finding, draft));
            }
            checks.add(row);
        }
        if (!added.isEmpty()) {
            Span heading = new Span("With the pending suggestions");
            heading.addClassName("bd-checks-heading");
            checks.add(new Div(heading));
            added.forEach(finding -> checks.add(new Div(findingButton(finding))));
        }
    }

    /** While the database cannot be reached: saving says so, the checks just wait. */
    private void waitForDatabase() {
        summary.setText("Checks resume when the database can be reached again.");
    }

    /** "Accept…": the warning does not apply here, for a reason the editor gives (and that is recorded). */
    private Button acceptButton(long briefingId, Finding finding, BriefingDraft draft) {
        Button accept = new Button("Accept…", click -> {
            TextArea reason = new TextArea("Why does this warning not apply?");
            reason.setWidthFull();
            reason.setMaxLength(1000);
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle("Accept the warning");
            dialog.add(new Paragraph(finding.message()), reason);
            dialog.setWidth("min(36rem, 94vw)");
            Button confirm = new Button("Accept warning", done -> {
                try {
                    briefingChecks.accept(
                            briefingId,
                            finding,
                            BriefingChecks.selectedWords(
                                    finding, draft.body(), draft.judgments() == null ? List.of() : draft.judgments()),
                            reason.getValue());
                    dialog.close();
                    show(
                            briefingChecks.check(briefingId, draft),
                            preview.getElement().getProperty("innerHTML", ""),
                            List.of(),
                            briefingId,
                            draft);
                } catch (RuntimeException failure) {
                    Notifications.error(ErrorMessages.forUser(failure));
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button("Cancel", cancel -> dialog.close()), confirm);
            DialogKeys.ctrlEnterPresses(confirm, reason);
            dialog.open();
            reason.focus();
        });
        accept.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        accept.addClassName("bd-finding-accept");
        accept.setAriaLabel("Accept this warning with a reason");
        return accept;
    }

    private Button findingButton(Finding finding) {
        Button item = new Button(finding.message(), click -> {
            if (finding.judgment() != null) {
                selection.selectInJudgment(finding.judgment(), finding.start(), finding.end());
            } else {
                selection.select(finding.start(), finding.end());
            }
        });
        item.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        item.addClassNames(
                "bd-finding", "bd-finding-" + finding.severity().name().toLowerCase(Locale.ROOT));
        item.setPrefixComponent(
                (finding.severity() == Severity.ERROR ? VaadinIcon.CLOSE_CIRCLE : VaadinIcon.WARNING).create());
        return item;
    }
}
