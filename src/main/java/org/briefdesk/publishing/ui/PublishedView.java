package org.briefdesk.publishing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.publishing.MarkdownExport;
import org.briefdesk.publishing.PublishedEditions;
import org.briefdesk.publishing.PublishedSummary;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;

/**
 * The published briefings, newest first, each linking to its reading page and Markdown; editors
 * and administrators also download every edition at once.
 */
@Route("published")
@PageTitle("Published")
@Menu(order = 15, icon = "vaadin:newspaper", title = "Published")
@PermitAll
class PublishedView extends VerticalLayout {

    private static final int LIMIT = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    PublishedView(PublishedEditions published, CurrentUser currentUser) {
        addClassName("bd-view");
        HorizontalLayout header = new HorizontalLayout(new H2("Published"));
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        if (currentUser.hasRole(Role.EDITOR) || currentUser.hasRole(Role.ADMIN)) {
            header.add(createExportAll(published));
        }
        add(header);
        List<PublishedSummary> items = published.recent(LIMIT);
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(
                    "Nothing has been published yet. Editors publish approved briefings from" + " the editor.");
            empty.addClassName("bd-empty-state");
            add(empty);
            return;
        }
        add(createGrid(items));
    }

    private static Anchor createExportAll(PublishedEditions published) {
        DownloadHandler zip = event -> {
            byte[] bytes = published.exportAll();
            event.setFileName("briefdesk-editions-" + LocalDate.now() + ".zip");
            event.setContentType("application/zip");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        Anchor anchor = new Anchor(zip, "Export all (.zip)");
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("bd-export-all");
        return anchor;
    }

    private static Grid<PublishedSummary> createGrid(List<PublishedSummary> items) {
        Grid<PublishedSummary> grid = new Grid<>();
        grid.addComponentColumn(PublishedView::readingLink)
                .setHeader("Briefing")
                .setKey("title")
                .setFlexGrow(3);
        grid.addColumn(PublishedSummary::edition)
                .setHeader("Edition")
                .setKey("edition")
                .setAutoWidth(true);
        grid.addColumn(item -> ViewerTime.format(WHEN, item.publishedAt()))
                .setHeader("Published")
                .setKey("published")
                .setAutoWidth(true);
        grid.addColumn(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                        item -> org.briefdesk.marking.ui.TlpLabel.of(item.tlp())))
                .setHeader("Marking")
                .setKey("marking")
                .setAutoWidth(true);
        grid.addColumn(item -> item.audience() == org.briefdesk.briefing.Audience.PUBLIC ? "Public" : "Internal")
                .setHeader("Audience")
                .setKey("audience")
                .setAutoWidth(true);
        grid.addColumn(item -> item.retracted() ? "Retracted" : "Live")
                .setHeader("Status")
                .setKey("status")
                .setAutoWidth(true);
        grid.addComponentColumn(PublishedView::downloads).setHeader("Markdown").setKey("markdown");
        grid.setItems(items);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setSizeFull();
        return grid;
    }

    private static Anchor readingLink(PublishedSummary item) {
        Anchor anchor = new Anchor(item.readingPath(), item.title());
        anchor.setRouterIgnore(true);
        anchor.setTarget(AnchorTarget.BLANK);
        return anchor;
    }

    private static HorizontalLayout downloads(PublishedSummary item) {
        String base = "briefings/" + item.slug() + "/editions/" + item.edition() + ".md";
        Anchor portable = new Anchor(base, "Portable");
        Anchor pandoc = new Anchor(base + "?flavour=pandoc", "Pandoc");
        for (Anchor anchor : List.of(portable, pandoc)) {
            anchor.setRouterIgnore(true);
            anchor.getElement()
                    .setAttribute("download", MarkdownExport.fileName(item.slug(), item.edition(), anchor == pandoc));
        }
        String document = base.substring(0, base.length() - "md".length());
        Anchor word = new Anchor(document + "docx", "Word");
        Anchor pdf = new Anchor(document + "pdf", "PDF");
        for (Anchor anchor : List.of(word, pdf)) {
            anchor.setRouterIgnore(true);
            anchor.getElement().setAttribute("download", true);
        }
        return new HorizontalLayout(portable, pandoc, word, pdf);
    }
}
