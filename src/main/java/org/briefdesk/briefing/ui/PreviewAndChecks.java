package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefdesk.base.DatabaseOutage;
import org.briefdesk.base.ui.ErrorMessages;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.briefing.BriefingChecks;
import org.briefdesk.briefing.CheckReport;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The editor's right-hand side: the sanitized preview of the text and the Checks under it — a
 * summary, then each finding as a button that selects its stretch of the text.
 */
final class PreviewAndChecks {

    /** Selects a stretch of the text being edited. */
    interface Selection {
        void select(int start, int end);
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
    void refresh(@Nullable Long briefingId, String markdown, List<EditorPanelContribution.Panel> panels) {
        try {
            CheckReport report = briefingChecks.check(briefingId, markdown);
            List<Finding> added = new ArrayList<>();
            String html = report.preview().html();
            for (EditorPanelContribution.Panel panel : panels) {
                added.addAll(panel.checks(markdown, report.findings()));
                var marks = panel.previewMarks(markdown).orElse(null);
                if (marks != null) {
                    html = marks.html(briefingChecks.preview(marks.markdown()));
                }
            }
            show(report, html, added);
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
    private void show(CheckReport report, String html, List<Finding> added) {
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
            checks.add(new Div(findingButton(finding)));
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

    private Button findingButton(Finding finding) {
        Button item = new Button(finding.message(), click -> selection.select(finding.start(), finding.end()));
        item.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        item.addClassNames(
                "bd-finding", "bd-finding-" + finding.severity().name().toLowerCase(Locale.ROOT));
        item.setPrefixComponent(
                (finding.severity() == Severity.ERROR ? VaadinIcon.CLOSE_CIRCLE : VaadinIcon.WARNING).create());
        return item;
    }
}
