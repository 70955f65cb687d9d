package org.briefdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;

/** The start page: a greeting and the lists the workflow fills in. */
@Route("")
@PageTitle("Dashboard")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@PermitAll
class DashboardView extends Main {

    DashboardView(CurrentUser currentUser) {
        addClassName("bd-view");
        String name = currentUser.get().map(user -> user.displayName()).orElse("");
        add(new H2("Welcome, " + name));
        Div sections = new Div();
        sections.addClassName("bd-dashboard-sections");
        if (currentUser.hasRole(Role.AUTHOR)) {
            sections.add(createSection("My drafts", "You have no drafts. Briefings you write appear here."));
        }
        if (currentUser.hasRole(Role.EDITOR)) {
            sections.add(createSection("Waiting for my review", "Nothing is waiting for your review."));
        }
        sections.add(createSection("Recently published", "Nothing has been published yet."));
        add(sections);
    }

    private static Component createSection(String title, String emptyState) {
        Paragraph empty = new Paragraph(emptyState);
        empty.addClassName("bd-empty-state");
        Div section = new Div(new H3(title), empty);
        section.addClassName("bd-section");
        return section;
    }
}
