package org.briefdesk.source.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.briefdesk.base.ui.NoSuchPageException;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.marking.ui.TlpLabel;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;
import org.briefdesk.source.AuthorNames;
import org.briefdesk.source.Doi;
import org.briefdesk.source.SourceCitations;
import org.briefdesk.source.SourceDetails;
import org.briefdesk.source.SourceService;
import org.briefdesk.source.SourceVersionSummary;
import org.briefdesk.source.UrlCanonicalizer;

/** One source: its metadata, its text, its versions and the briefings that cite it. */
@Route("sources/:key")
@PageTitle("Source")
@PermitAll
class SourceView extends Main implements BeforeEnterObserver {

    static final String KEY_PARAMETER = "key";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private final SourceService sourceService;
    private final CurrentUser currentUser;

    SourceView(SourceService sourceService, CurrentUser currentUser) {
        this.sourceService = sourceService;
        this.currentUser = currentUser;
        addClassName("bd-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String key = event.getRouteParameters().get(KEY_PARAMETER).orElse("");
        removeAll();
        sourceService
                .findByKey(key)
                .ifPresentOrElse(
                        this::show,
                        () -> event.rerouteToError(
                                new NoSuchPageException(
                                        "The library has no source with the key @" + key + ".",
                                        "Back to the sources",
                                        "sources"),
                                "No such source"));
    }

    private void show(SourceDetails source) {
        add(new RouterLink("← Sources", SourcesView.class));
        add(new H2(source.title()));
        HorizontalLayout actions = new HorizontalLayout();
        if (currentUser.hasRole(Role.AUTHOR)) {
            actions.add(new Button(
                    "Edit",
                    VaadinIcon.EDIT.create(),
                    click -> new SourceFormDialog(
                                    sourceService, source, saved -> SourceNavigation.openSource(saved.citationKey()))
                            .open()));
        }
        add(actions, createMetadata(source));
        if (source.textMissing()) {
            add(new H3("Text missing"), createTextMissing(source));
        } else {
            add(new H3("Text (version " + source.currentVersion() + ")"), createBody(source.body()));
            add(new H3("Versions"), createVersions(source));
        }
        add(new H3("Cited by"), createCitedBy(sourceService.citedBy(source.citationKey())));
    }

    private Component createMetadata(SourceDetails source) {
        Div metadata = new Div();
        metadata.addClassName("bd-metadata");
        addField(metadata, "Citation key", "@" + source.citationKey());
        addField(metadata, "Outlet", source.outlet());
        addField(metadata, "Authors", AuthorNames.readable(source.authors()));
        addField(
                metadata,
                "Published",
                source.publishedDate() == null ? null : SourcesView.DATE.format(source.publishedDate()));
        if (source.url() != null && UrlCanonicalizer.canonicalize(source.url()).isPresent()) {
            Anchor link = new Anchor(source.url(), source.url(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            addField(metadata, "URL", link);
        }
        if (source.doi() != null) {
            Anchor doi = new Anchor(Doi.link(source.doi()), source.doi(), AnchorTarget.BLANK);
            doi.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            addField(metadata, "DOI", doi);
        }
        addField(metadata, "Language", source.language());
        addField(metadata, "Tags", source.tags().isEmpty() ? null : String.join(", ", source.tags()));
        addField(
                metadata,
                "Grade",
                source.grade()
                        .describe()
                        .map(meaning -> source.grade().label() + " — " + meaning)
                        .orElse(null));
        Span marking = new Span(TlpLabel.of(source.marking()));
        if (!source.marked()) {
            marking.add(new Span(" unmarked: counts as TLP:CLEAR"));
        }
        addField(metadata, "Marking", marking);
        addField(metadata, "Added by", source.addedBy() + ", " + ViewerTime.format(TIME, source.capturedAt()));
        addField(metadata, "SHA-256 of the text", source.bodySha256());
        addField(metadata, "Notes", source.notes());
        return metadata;
    }

    private static void addField(Div metadata, String label, String value) {
        if (value != null && !value.isBlank()) {
            addField(metadata, label, new Span(value));
        }
    }

    private static void addField(Div metadata, String label, Component value) {
        Span name = new Span(label);
        name.addClassName("bd-metadata-label");
        Div row = new Div(name, value);
        row.addClassName("bd-metadata-row");
        metadata.add(row);
    }

    /** A reference imported without its text: what it cannot do yet, and how to fix that. */
    private Component createTextMissing(SourceDetails source) {
        Paragraph missing = new Paragraph("Briefdesk has no text for this source yet, so nothing quoted from it can"
                + " be checked: a briefing that cites it shows an error in its checks and cannot be submitted or"
                + " published until the text is here."
                + (currentUser.hasRole(Role.AUTHOR)
                        ? " Choose Edit and paste the article's text; it becomes version 1."
                        : " An author can add the article's text."));
        missing.addClassName("bd-text-missing");
        missing.getElement().setAttribute("role", "status");
        return missing;
    }

    static Div createBody(String body) {
        Div text = new Div();
        text.addClassName("bd-source-body");
        for (String paragraph : body.split("\n\\s*\n")) {
            text.add(new Paragraph(paragraph));
        }
        return text;
    }

    private Component createVersions(SourceDetails source) {
        List<SourceVersionSummary> versions = sourceService.versions(source.citationKey());
        Grid<SourceVersionSummary> grid = new Grid<>();
        grid.addColumn(version -> version.number() + (version.current() ? " (current)" : ""))
                .setHeader("Version")
                .setKey("number")
                .setAutoWidth(true);
        grid.addColumn(version -> ViewerTime.format(TIME, version.createdAt()))
                .setHeader("Saved")
                .setKey("saved");
        grid.addColumn(SourceVersionSummary::createdBy).setHeader("By").setKey("by");
        grid.addColumn(version -> version.bodySha256().substring(0, 12) + "…")
                .setHeader("SHA-256")
                .setKey("sha");
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(event -> sourceService
                .version(source.citationKey(), event.getItem().number())
                .ifPresent(version -> new VersionDialog(version).open()));
        return grid;
    }

    /** The citing briefings the user may open, as links; the others only as a number. */
    private static Component createCitedBy(SourceCitations.CitedBy citedBy) {
        if (citedBy.isEmpty()) {
            Paragraph empty = new Paragraph("No briefing cites this source yet.");
            empty.addClassName("bd-empty-state");
            return empty;
        }
        Div list = new Div();
        citedBy.briefings().forEach(briefing -> {
            // Paths as strings: the source feature does not depend on the briefing views.
            String path = briefing.inEditor()
                    ? "briefings/" + briefing.briefingId() + "/edit"
                    : "briefings/" + briefing.slug();
            list.add(new Paragraph(new Anchor(path, briefing.title()), new Span(" (" + briefing.status() + ")")));
        });
        int others = citedBy.othersNotOpen();
        if (others > 0) {
            String more = citedBy.briefings().isEmpty() ? "" : "and ";
            Paragraph hidden = new Paragraph(more
                    + (others == 1 ? "1 unpublished briefing" : others + " unpublished briefings")
                    + " you cannot open.");
            hidden.addClassName("bd-empty-state");
            list.add(hidden);
        }
        return list;
    }
}
