package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.DialogKeys;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingHit;
import org.briefdesk.briefing.BriefingQuery;
import org.briefdesk.briefing.BriefingRules;
import org.briefdesk.briefing.BriefingSearch;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingStatus;
import org.briefdesk.index.SearchUnavailableException;
import org.briefdesk.index.ui.Snippets;
import org.briefdesk.marking.ui.TlpLabel;
import org.briefdesk.security.Roles;

/**
 * The briefings the user works on (editors: all of them), and "New briefing". Words and filters
 * search them through the index; without any, the list comes straight from the database.
 */
@Route("briefings")
@PageTitle("Briefings")
@Menu(order = 10, icon = "vaadin:file-text-o", title = "Briefings")
@RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
class BriefingsView extends Main {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private final BriefingService briefingService;
    private final BriefingSearch briefingSearch;
    private final TextField search = new TextField("Search briefings");
    private final ComboBox<BriefingStatus> status = new ComboBox<>("Status");
    private final ComboBox<String> author = new ComboBox<>("Author");
    private final ComboBox<String> tag = new ComboBox<>("Tag");
    private final ComboBox<Audience> audience = new ComboBox<>("Audience");
    private final Span count = new Span();
    private final Grid<BriefingHit> grid = new Grid<>();

    BriefingsView(BriefingService briefingService, BriefingSearch briefingSearch) {
        this.briefingService = briefingService;
        this.briefingSearch = briefingSearch;
        addClassName("bd-view");
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        Button create = new Button("New briefing", VaadinIcon.PLUS.create(), click -> openNewDialog(briefingService));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create, createFilters(), count, createGrid());
        refresh();
    }

    private Component createFilters() {
        search.setPlaceholder("Words in the title, summary or text");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22rem");
        status.setItems(BriefingStatus.values());
        status.setItemLabelGenerator(BriefingStatus::label);
        author.setItems(briefingSearch.authors());
        tag.setItems(briefingSearch.tags());
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(Audience::label);
        search.addValueChangeListener(event -> refresh());
        for (ComboBox<?> filter : List.of(status, author, tag, audience)) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(event -> refresh());
        }
        HorizontalLayout filters = new HorizontalLayout(search, status, author, tag, audience);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private Component createGrid() {
        grid.addColumn(new ComponentRenderer<>(BriefingsView::titleAndSnippet))
                .setHeader("Title")
                .setKey("title")
                .setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(
                        hit -> StatusBadge.of(hit.briefing().status())))
                .setHeader("Status")
                .setKey("status")
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(hit -> TlpLabel.of(hit.briefing().tlp())))
                .setHeader("Marking")
                .setKey("marking")
                .setAutoWidth(true);
        grid.addColumn(hit -> hit.briefing().owner()).setHeader("Owner").setKey("owner");
        grid.addColumn(hit -> ViewerTime.format(UPDATED, hit.briefing().updatedAt()))
                .setHeader("Updated")
                .setKey("updated");
        grid.setEmptyStateText("No briefings yet. Start one with “New briefing”.");
        grid.addItemClickListener(event ->
                BriefingNavigation.openEditor(event.getItem().briefing().id()));
        grid.setWidthFull();
        grid.getStyle().set("flex", "1");
        return grid;
    }

    private static Component titleAndSnippet(BriefingHit hit) {
        Span title = new Span(hit.briefing().title());
        title.addClassName("bd-hit-title");
        Div cell = new Div(title);
        if (!hit.snippet().isEmpty()) {
            cell.add(Snippets.render(hit.snippet()));
        }
        cell.addClassName("bd-hit");
        return cell;
    }

    private BriefingQuery query() {
        return new BriefingQuery(
                search.getValue(), status.getValue(), author.getValue(), tag.getValue(), audience.getValue());
    }

    private void refresh() {
        BriefingQuery query = query();
        if (query.isEmpty()) {
            List<BriefingHit> all = briefingService.list().stream()
                    .map(summary -> new BriefingHit(summary, List.of()))
                    .toList();
            count.setText(all.size() == 1 ? "1 briefing" : all.size() + " briefings");
            grid.setEmptyStateText("No briefings yet. Start one with “New briefing”.");
            grid.setItems(all);
            return;
        }
        grid.setEmptyStateText("No briefing matches. Try fewer words or clear the filters.");
        try {
            long total = briefingSearch.search(query, 0, 1).total();
            count.setText(total == 1 ? "1 briefing" : total + " briefings");
        } catch (SearchUnavailableException unavailable) {
            count.setText(unavailable.getMessage());
            grid.setItems(List.of());
            return;
        }
        grid.setItems(
                fetch ->
                        briefingSearch
                                .search(query, fetch.getOffset(), Math.min(fetch.getLimit(), 500))
                                .hits()
                                .stream(),
                countQuery -> (int) Math.min(
                        Integer.MAX_VALUE, briefingSearch.search(query, 0, 1).total()));
    }

    private static void openNewDialog(BriefingService briefingService) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New briefing");
        TextField title = new TextField("Title");
        title.setWidthFull();
        title.setMaxLength(BriefingRules.TITLE_MAX);
        dialog.add(new FormLayout(title));
        Button create = new Button("Create", click -> {
            var problem = BriefingRules.titleProblem(title.getValue());
            if (problem.isPresent()) {
                title.setInvalid(true);
                title.setErrorMessage(problem.get());
                return;
            }
            try {
                BriefingDetails created = briefingService.create(BriefingDraft.titled(title.getValue()));
                dialog.close();
                BriefingNavigation.openEditor(created.id());
            } catch (ActionRefusedException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DialogKeys.enterPresses(create, title);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), create);
        dialog.open();
        title.focus();
    }
}
