package org.briefdesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.briefdesk.security.BriefdeskPrincipal;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;

/**
 * The frame around every signed-in view: the menu of the views the user may open, who is signed
 * in, and Log out.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H2 viewTitle = new H2();

    MainLayout(
            CurrentUser currentUser,
            AuthenticationContext authenticationContext,
            java.util.List<NavbarContribution> contributions) {
        setPrimarySection(Section.DRAWER);
        viewTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Div spacer = new Div();
        spacer.getStyle().set("flex", "1");
        addToNavbar(new DrawerToggle(), viewTitle, spacer);
        contributions.forEach(contribution -> addToNavbar(contribution.create()));
        addToDrawer(createAppName(), new Scroller(createSideNav()));
        currentUser.get().ifPresent(user -> addToDrawer(createUserCard(user, authenticationContext)));
    }

    private static Component createAppName() {
        H1 appName = new H1("Briefdesk");
        appName.addClassName("bd-app-name");
        return appName;
    }

    /** Only the entries the user may open: {@link MenuConfiguration} checks each view's access annotation. */
    private static SideNav createSideNav() {
        SideNav nav = new SideNav();
        nav.setLabel("Main menu");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createSideNavItem(entry)));
        return nav;
    }

    private static SideNavItem createSideNavItem(MenuEntry entry) {
        if (entry.icon() != null) {
            return new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
        }
        return new SideNavItem(entry.title(), entry.path());
    }

    private static Component createUserCard(BriefdeskPrincipal user, AuthenticationContext authenticationContext) {
        Span name = new Span(user.displayName());
        name.addClassName("bd-user-name");
        Span roles = new Span(user.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")));
        roles.addClassName("bd-user-roles");
        // Text the editor kept in this browser for the user goes first (see UnsavedText).
        Button logout = new Button(
                "Log out",
                new Icon(VaadinIcon.SIGN_OUT),
                click -> click.getSource()
                        .getElement()
                        .executeJs(UnsavedText.FORGET_ALL_JS, user.getUsername())
                        .then(done -> authenticationContext.logout(), failure -> authenticationContext.logout()));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div card = new Div(name, roles, logout);
        card.addClassName("bd-user-card");
        return card;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
