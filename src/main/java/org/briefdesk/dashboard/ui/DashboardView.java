package org.briefdesk.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.briefdesk.base.ui.Subscriptions;
import org.briefdesk.briefing.BriefingEvents;
import org.briefdesk.briefing.BriefingSummary;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.briefing.ui.BriefingNavigation;
import org.briefdesk.publishing.PublishedEditions;
import org.briefdesk.publishing.PublishedSummary;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;

/** The start page: a greeting and the workflow's lists, updated live when a briefing changes state. */
@Route("")
@PageTitle("Dashboard")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@PermitAll
class DashboardView extends Main {

    private record Section(String title, String emptyState, Supplier<List<Component>> items, Div list) {}

    private static final int RECENT = 10;

    private final List<Section> sections = new ArrayList<>();

    DashboardView(
            CurrentUser currentUser,
            BriefingWorkflowService workflow,
            PublishedEditions published,
            BriefingEvents events) {
        addClassName("bd-view");
        String name = currentUser.get().map(user -> user.displayName()).orElse("");
        add(new H2("Welcome, " + name));
        Div container = new Div();
        container.addClassName("bd-dashboard-sections");
        if (currentUser.hasRole(Role.AUTHOR)) {
            addSection(
                    container,
                    "My drafts",
                    "You have no drafts. Briefings you write appear here.",
                    () -> links(workflow.myDrafts()));
            addSection(
                    container,
                    "Changes requested",
                    "No briefing of yours waits for changes.",
                    () -> links(workflow.changesRequested()));
        }
        if (currentUser.hasRole(Role.EDITOR)) {
            addSection(
                    container,
                    "Waiting for my review",
                    "Nothing is waiting for your review.",
                    () -> links(workflow.waitingForMyReview()));
        }
        addSection(
                container,
                "Recently published",
                "Nothing has been published yet.",
                () -> published.recent(RECENT).stream()
                        .map(DashboardView::readingLink)
                        .toList());
        add(container);
        refresh();
        // Workflow steps and saves change the lists; who has a briefing open, its comments and suggestions do not.
        Subscriptions.whileAttached(
                this,
                ui -> events.listen(event -> {
                    if (!(event instanceof BriefingEvents.PresenceChanged)
                            && !(event instanceof BriefingEvents.CommentsChanged)
                            && !(event instanceof BriefingEvents.SuggestionsChanged)) {
                        ui.access(this::refresh);
                    }
                }));
    }

    private void addSection(Div container, String title, String emptyState, Supplier<List<Component>> items) {
        Div list = new Div();
        Section section = new Section(title, emptyState, items, list);
        sections.add(section);
        Div box = new Div(new H3(title), list);
        box.addClassName("bd-section");
        container.add(box);
    }

    private void refresh() {
        for (Section section : sections) {
            section.list().removeAll();
            List<Component> items = section.items().get();
            if (items.isEmpty()) {
                Paragraph empty = new Paragraph(section.emptyState());
                empty.addClassName("bd-empty-state");
                section.list().add(empty);
                continue;
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("bd-briefing-list");
            for (Component item : items) {
                list.add(new ListItem(item));
            }
            section.list().add(list);
        }
    }

    private static List<Component> links(List<BriefingSummary> briefings) {
        return briefings.stream()
                .map(briefing -> (Component) BriefingNavigation.link(briefing.title(), briefing.id()))
                .toList();
    }

    /** A published briefing links to its reading page, a plain page outside the application. */
    private static Component readingLink(PublishedSummary briefing) {
        Anchor anchor = new Anchor(
                briefing.readingPath(),
                briefing.title() + " (edition " + briefing.edition() + (briefing.retracted() ? ", retracted)" : ")"));
        anchor.setRouterIgnore(true);
        return anchor;
    }
}
