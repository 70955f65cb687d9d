package org.briefdesk.source.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.base.ui.ErrorMessages;
import org.briefdesk.source.ImportResult;
import org.briefdesk.source.SourceService;
import org.briefdesk.source.importer.ImportLimits;
import org.briefdesk.source.importer.Sizes;

/** Uploads articles and reports, per file, what was added, what was a duplicate and what was refused. */
class ImportDialog extends Dialog {

    /** The import's file limit (PRODUCT section 2), kept by the server as the upload arrives. */
    static final long MAX_FILE_BYTES = ImportLimits.defaults().maxFileBytes();

    private final List<ImportResult> report = new ArrayList<>();
    private final Grid<ImportResult> reportGrid = new Grid<>();

    ImportDialog(SourceService sourceService) {
        setHeaderTitle("Import sources");
        setWidth("min(60rem, 95vw)");
        Paragraph help = new Paragraph(".txt (first line is the title), .md (optional front matter) and .html"
                + " articles of up to " + Sizes.format(MAX_FILE_BYTES) + ", several at once or as a .zip of up to"
                + " 500 files, or a reference manager's export as CSL JSON (.json), BibTeX (.bib) or RIS (.ris),"
                + " alone or zipped with its files: each reference with its attached article, abstract or note as"
                + " text, or as text missing. Page boilerplate such as \"Post a Comment\" is removed and reported.");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(new ImportUploadHandler(
                MAX_FILE_BYTES,
                (fileName, bytes) -> {
                    List<ImportResult> results = importFile(sourceService, fileName, bytes);
                    ui.access(() -> show(results));
                },
                fileName -> ui.access(() -> show(List.of(refused(fileName, tooLargeMessage()))))));
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", ".zip", ".json", ".bib", ".ris");
        // A courtesy: the browser refuses what the server would refuse anyway, before sending it.
        upload.setMaxFileSize((int) MAX_FILE_BYTES);
        upload.setMaxFiles(500);
        upload.addFileRejectedListener(event -> show(List.of(refused(
                event.getFileName(),
                event.getErrorMessage().toLowerCase(java.util.Locale.ROOT).contains("too big")
                        ? tooLargeMessage()
                        : event.getErrorMessage()))));

        reportGrid
                .addColumn(ImportResult::fileName)
                .setHeader("File")
                .setKey("file")
                .setFlexGrow(2);
        reportGrid
                .addColumn(new ComponentRenderer<>(ImportDialog::outcomeBadge))
                .setHeader("Result")
                .setKey("result")
                .setAutoWidth(true);
        reportGrid
                .addColumn(new ComponentRenderer<>(ImportDialog::details))
                .setHeader("Details")
                .setKey("details")
                .setFlexGrow(4);
        reportGrid.setAllRowsVisible(true);
        reportGrid.setEmptyStateText("The report appears here as files arrive.");
        add(help, upload, reportGrid);
        getFooter().add(new Button("Done", click -> close()));
    }

    private static List<ImportResult> importFile(SourceService sourceService, String fileName, byte[] bytes) {
        try {
            return sourceService.importFile(fileName, bytes);
        } catch (RuntimeException failure) {
            return List.of(refused(fileName, ErrorMessages.forUser(failure)));
        }
    }

    private static ImportResult refused(String fileName, String message) {
        return new ImportResult(fileName, ImportResult.Outcome.REFUSED, null, null, message, List.of());
    }

    static String tooLargeMessage() {
        return "The file is larger than " + Sizes.format(MAX_FILE_BYTES) + ", the limit for one file.";
    }

    private void show(List<ImportResult> results) {
        report.addAll(results);
        reportGrid.setItems(report);
    }

    List<ImportResult> report() {
        return List.copyOf(report);
    }

    private static Span outcomeBadge(ImportResult result) {
        Span badge = new Span(
                switch (result.outcome()) {
                    case ADDED -> "Added";
                    case DUPLICATE -> "Duplicate";
                    case REFUSED -> "Refused";
                });
        badge.addClassName("bd-badge");
        badge.addClassName(
                switch (result.outcome()) {
                    case ADDED -> "bd-badge-success";
                    case DUPLICATE -> "bd-badge-warning";
                    case REFUSED -> "bd-badge-error";
                });
        return badge;
    }

    private static Div details(ImportResult result) {
        Div details = new Div(new Span(result.message()));
        if (!result.strippedLines().isEmpty()) {
            Span stripped = new Span("Boilerplate removed: "
                    + String.join(
                            " · ",
                            result.strippedLines().stream()
                                    .map(line -> "“" + line + "”")
                                    .toList()));
            stripped.addClassName("bd-stripped");
            details.add(new Div(stripped));
        }
        return details;
    }
}
