package org.briefdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.briefdesk.IntegrationTest;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role sees exactly the menu entries it may open, its name and roles, and Log out. */
@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
class MenuByRoleTest extends SpringBrowserlessTest {

    private List<String> menuLabels() {
        navigate(DashboardView.class);
        return $(SideNav.class).single().getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }

    @Test
    @WithUserDetails(value = TestUsers.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_reader_sees_the_dashboard_and_sources() {
        assertThat(menuLabels()).containsExactly("Dashboard", "Sources");
    }

    @Test
    @WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_author_sees_the_dashboard_and_sources() {
        assertThat(menuLabels()).containsExactly("Dashboard", "Sources");
    }

    @Test
    @WithUserDetails(value = TestUsers.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_editor_sees_the_dashboard_and_sources() {
        assertThat(menuLabels()).containsExactly("Dashboard", "Sources");
    }

    @Test
    @WithUserDetails(value = TestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_sees_the_dashboard_sources_and_users() {
        assertThat(menuLabels()).containsExactly("Dashboard", "Sources", "Users");
    }

    @Test
    @WithUserDetails(value = TestUsers.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_dashboard_greets_the_user_by_name_and_shows_the_empty_lists_of_their_roles() {
        navigate(DashboardView.class);

        assertThat($view(H2.class).withText("Welcome, Test editor").exists()).isTrue();
        assertThat($view(com.vaadin.flow.component.html.H3.class).all().stream()
                        .map(h -> h.getText())
                        .toList())
                .containsExactly("My drafts", "Waiting for my review", "Recently published");
        assertThat($(Button.class).withText("Log out").exists()).isTrue();
    }

    @Test
    @WithUserDetails(value = TestUsers.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_reader_has_no_drafts_or_review_list() {
        navigate(DashboardView.class);

        assertThat($view(com.vaadin.flow.component.html.H3.class).all().stream()
                        .map(h -> h.getText())
                        .toList())
                .containsExactly("Recently published");
    }
}
