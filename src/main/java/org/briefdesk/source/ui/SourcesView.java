package org.briefdesk.source.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.briefdesk.index.SearchIndexUpkeep;
import org.briefdesk.index.SearchUnavailableException;
import org.briefdesk.index.ui.Snippets;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;
import org.briefdesk.source.SourceHit;
import org.briefdesk.source.SourceQuery;
import org.briefdesk.source.SourceService;

/** The source library: search with filters, and (for writers) Add source and Import. */
@Route("sources")
@PageTitle("Sources")
@Menu(order = 20, icon = "vaadin:book", title = "Sources")
@PermitAll
class SourcesView extends Main {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final SourceService sourceService;
    private final TextField search = new TextField("Search sources");
    private final ComboBox<String> outlet = new ComboBox<>("Outlet");
    private final ComboBox<String> tag = new ComboBox<>("Tag");
    private final DatePicker from = new DatePicker("Published from");
    private final DatePicker to = new DatePicker("Published to");
    private final Span count = new Span();
    private final Span indexNotice = new Span();
    private final SearchIndexUpkeep indexUpkeep;
    private final Grid<SourceHit> results = new Grid<>();
    private final LibraryExportLinks export;

    SourcesView(SourceService sourceService, CurrentUser currentUser, SearchIndexUpkeep indexUpkeep) {
        this.sourceService = sourceService;
        this.indexUpkeep = indexUpkeep;
        indexNotice.addClassName("bd-index-notice");
        addClassName("bd-view");
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        export = new LibraryExportLinks(sourceService, query());
        add(
                createToolbar(currentUser),
                createFilters(),
                indexNotice,
                new HorizontalLayout(count, export),
                createResults());
        refresh();
    }

    private Component createToolbar(CurrentUser currentUser) {
        HorizontalLayout toolbar = new HorizontalLayout();
        boolean mayWrite = currentUser.hasRole(Role.AUTHOR);
        if (mayWrite) {
            Button add = new Button(
                    "Add source",
                    VaadinIcon.PLUS.create(),
                    click -> new SourceFormDialog(
                                    sourceService, null, saved -> SourceNavigation.openSource(saved.citationKey()))
                            .open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importFiles = new Button("Import", VaadinIcon.UPLOAD.create(), click -> {
                ImportDialog dialog = new ImportDialog(sourceService);
                dialog.addOpenedChangeListener(event -> {
                    if (!event.isOpened()) {
                        refreshFilters();
                        refresh();
                    }
                });
                dialog.open();
            });
            toolbar.add(add, importFiles);
        }
        return toolbar;
    }

    private Component createFilters() {
        search.setPlaceholder("Words, \"a phrase\", EU, ADMM…");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.addValueChangeListener(event -> refresh());
        outlet.setClearButtonVisible(true);
        tag.setClearButtonVisible(true);
        refreshFilters();
        outlet.addValueChangeListener(event -> refresh());
        tag.addValueChangeListener(event -> refresh());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(event -> {
            to.setMin(event.getValue());
            refresh();
        });
        to.addValueChangeListener(event -> {
            from.setMax(event.getValue());
            refresh();
        });
        HorizontalLayout filters = new HorizontalLayout(search, outlet, tag, from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private void refreshFilters() {
        outlet.setItems(sourceService.outlets());
        tag.setItems(sourceService.tags());
    }

    private Component createResults() {
        results.addColumn(new ComponentRenderer<>(SourcesView::titleAndSnippet))
                .setHeader("Source")
                .setKey("source")
                .setFlexGrow(4);
        results.addColumn(hit -> hit.outlet() == null ? "" : hit.outlet())
                .setHeader("Outlet")
                .setKey("outlet");
        results.addColumn(hit -> hit.publishedDate() == null ? "" : DATE.format(hit.publishedDate()))
                .setHeader("Published")
                .setKey("published");
        results.addColumn(hit -> hit.grade().label())
                .setHeader("Grade")
                .setKey("grade")
                .setAutoWidth(true);
        results.addItemClickListener(
                event -> SourceNavigation.openSource(event.getItem().citationKey()));
        results.setWidthFull();
        results.getStyle().set("flex", "1");
        results.setEmptyStateText("No source matches. Try fewer words or clear the filters.");
        return results;
    }

    private static Component titleAndSnippet(SourceHit hit) {
        Span title = new Span(hit.title());
        title.addClassName("bd-hit-title");
        Span key = new Span("@" + hit.citationKey());
        key.addClassName("bd-hit-key");
        Div cell = new Div(title, key, Snippets.render(hit.snippet()));
        if (hit.textMissing()) {
            Span missing = new Span("Text missing");
            missing.addClassNames("bd-badge", "bd-badge-warning");
            missing.setTitle("Imported without its text: it cannot be quoted until its text is added.");
            cell.add(missing);
        }
        cell.addClassName("bd-hit");
        return cell;
    }

    private SourceQuery query() {
        return new SourceQuery(search.getValue(), outlet.getValue(), tag.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        showIndexNotice();
        SourceQuery query = query();
        export.showing(query);
        long total;
        try {
            total = sourceService.search(query, 0, 1).total();
        } catch (SearchUnavailableException unavailable) {
            count.setText(unavailable.getMessage());
            results.setItems(List.of());
            return;
        }
        count.setText(total == 1 ? "1 source" : total + " sources");
        results.setItems(
                fetch -> sourceService.search(query, fetch.getOffset(), fetch.getLimit()).hits().stream(),
                countQuery -> (int) Math.min(
                        Integer.MAX_VALUE, sourceService.search(query, 0, 1).total()));
    }

    /** While the index is rebuilt (a new node on an empty index, or an administrator's rebuild). */
    private void showIndexNotice() {
        var rebuild = indexUpkeep.rebuildUnderWay();
        indexNotice.setVisible(rebuild.isPresent());
        rebuild.ifPresent(progress -> indexNotice.setText("The search index is being rebuilt ("
                + progress.done() + " of " + progress.total()
                + " documents): results may be incomplete for a few minutes."));
    }
}
