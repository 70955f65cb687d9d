package org.briefdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
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
        navigate("", com.vaadin.flow.component.Component.class);
        return $(SideNav.class).single().getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }

    @Test
    @WithUserDetails(value = TestUsers.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_reader_sees_the_dashboard_published_and_sources() {
        assertThat(menuLabels()).containsExactly("Dashboard", "Published", "Sources", "Tradecraft", "Your account");
    }

    @Test
    @WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_author_sees_the_dashboard_briefings_and_sources() {
        assertThat(menuLabels())
                .containsExactly("Dashboard", "Briefings", "Published", "Sources", "Tradecraft", "Your account");
    }

    @Test
    @WithUserDetails(value = TestUsers.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_editor_sees_the_dashboard_briefings_and_sources() {
        assertThat(menuLabels())
                .containsExactly("Dashboard", "Briefings", "Published", "Sources", "Tradecraft", "Your account");
    }

    @Test
    @WithUserDetails(value = TestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_sees_the_dashboard_published_sources_users_the_audit_log_and_the_search_index() {
        assertThat(menuLabels())
                .containsExactly(
                        "Dashboard",
                        "Published",
                        "Sources",
                        "Tradecraft",
                        "Users",
                        "Audit log",
                        "Search index",
                        "Your account");
    }

    @Test
    @WithUserDetails(value = TestUsers.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_layout_shows_the_users_name_and_log_out() {
        navigate("", com.vaadin.flow.component.Component.class);

        assertThat($(com.vaadin.flow.component.html.Span.class)
                        .withText("Test editor")
                        .exists())
                .isTrue();
        assertThat($(Button.class).withText("Log out").exists()).isTrue();
    }
}
