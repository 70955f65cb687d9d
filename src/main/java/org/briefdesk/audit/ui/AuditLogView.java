package org.briefdesk.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefdesk.audit.AuditCursor;
import org.briefdesk.audit.AuditEntry;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditFilter;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.audit.AuditPage;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * The audit log for administrators: filter by user, event and dates; page back from the newest.
 * Paging follows a cursor rather than page numbers, so that the millionth entry comes as fast as the
 * first; "Newer" walks back the cursors this view has visited.
 */
@Route("audit-log")
@PageTitle("Audit log")
@Menu(order = 95, icon = "vaadin:records", title = "Audit log")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends Main implements BeforeEnterObserver {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog auditLog;
    private final TextField user = new TextField("User");
    private final ComboBox<AuditEvent> event = new ComboBox<>("Event");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Button newest = new Button("Newest", VaadinIcon.ANGLE_DOUBLE_LEFT.create(), click -> firstPage());
    private final Button newer = new Button("Newer", VaadinIcon.ANGLE_LEFT.create(), click -> newerPage());
    private final Button older = new Button("Older", VaadinIcon.ANGLE_RIGHT.create(), click -> olderPage());
    private final Span position = new Span();

    /** The cursors the pages before this one started after; the first page starts after none. */
    private final Deque<Optional<AuditCursor>> visited = new ArrayDeque<>();

    private Optional<AuditCursor> current = Optional.empty();
    private @Nullable AuditCursor next;
    private boolean applyingParameters;

    AuditLogView(AuditLog auditLog) {
        this.auditLog = auditLog;
        addClassName("bd-view");
        setSizeFull();
        add(createFilters(), createGrid(), createPager());
    }

    private Component createFilters() {
        user.setPlaceholder("user name");
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        event.setItems(Arrays.asList(AuditEvent.values()));
        event.setItemLabelGenerator(AuditEvent::label);
        event.setClearButtonVisible(true);
        event.setPlaceholder("any");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        to.setHelperText("included");
        user.addValueChangeListener(change -> filterChanged());
        event.addValueChangeListener(change -> filterChanged());
        from.addValueChangeListener(change -> filterChanged());
        to.addValueChangeListener(change -> filterChanged());
        HorizontalLayout filters = new HorizontalLayout(user, event, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void filterChanged() {
        if (!applyingParameters) {
            firstPage();
        }
    }

    private Component createGrid() {
        grid.addColumn(entry -> ViewerTime.format(TIME_FORMAT, entry.occurredAt()))
                .setHeader("Time")
                .setKey("time")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.kind().label())
                .setHeader("Event")
                .setKey("event")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> Optional.ofNullable(entry.actor()).orElse("—"))
                .setHeader("User")
                .setKey("user")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::target).setHeader("Target").setKey("target");
        grid.addColumn(AuditEntry::detail).setHeader("Detail").setKey("detail").setFlexGrow(2);
        grid.addColumn(entry -> Optional.ofNullable(entry.clientAddress()).orElse(""))
                .setHeader("Address")
                .setKey("address")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Audit log");
        grid.setSizeFull();
        return grid;
    }

    private Component createPager() {
        older.setIconAfterText(true);
        newest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newer.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout pager = new HorizontalLayout(newest, newer, position, older);
        pager.setAlignItems(FlexComponent.Alignment.CENTER);
        return pager;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent beforeEnter) {
        Map<String, List<String>> parameters =
                beforeEnter.getLocation().getQueryParameters().getParameters();
        applyingParameters = true;
        try {
            first(parameters, AuditNavigation.USER_PARAMETER).ifPresent(user::setValue);
            first(parameters, AuditNavigation.EVENT_PARAMETER)
                    .flatMap(AuditLogView::eventNamed)
                    .ifPresent(event::setValue);
        } finally {
            applyingParameters = false;
        }
        firstPage();
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static Optional<AuditEvent> eventNamed(String name) {
        return Arrays.stream(AuditEvent.values())
                .filter(kind -> kind.name().equals(name))
                .findFirst();
    }

    private AuditFilter filter() {
        // The days as the administrator reads them: midnight in their browser's time zone.
        ZoneId zone = ViewerTime.zone();
        Instant start = from.getOptionalValue()
                .map(day -> day.atStartOfDay(zone).toInstant())
                .orElse(null);
        Instant end = to.getOptionalValue()
                .map(day -> day.plusDays(1))
                .map(day -> day.atStartOfDay(zone).toInstant())
                .orElse(null);
        return new AuditFilter(user.getValue(), event.getValue(), start, end);
    }

    private void firstPage() {
        visited.clear();
        show(Optional.empty());
    }

    private void olderPage() {
        if (next != null) {
            visited.push(current);
            show(Optional.of(next));
        }
    }

    private void newerPage() {
        if (!visited.isEmpty()) {
            show(visited.pop());
        }
    }

    private void show(Optional<AuditCursor> after) {
        AuditPage page = auditLog.search(filter(), after.orElse(null), PAGE_SIZE);
        current = after;
        next = page.older();
        grid.setItems(page.entries());
        boolean first = visited.isEmpty();
        newest.setEnabled(!first);
        newer.setEnabled(!first);
        older.setEnabled(next != null);
        position.setText(
                page.entries().isEmpty()
                        ? "No entries"
                        : "Page " + (visited.size() + 1) + " · "
                                + page.entries().size() + " entries");
    }
}
