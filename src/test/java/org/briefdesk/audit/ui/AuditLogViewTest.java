package org.briefdesk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.audit.AuditEntry;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditLog auditLog;

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return $view(Grid.class).single();
    }

    private List<String> details() {
        var grid = test(grid());
        List<String> details = new ArrayList<>();
        for (int row = 0; row < grid.size(); row++) {
            details.add(grid.getCellText(row, grid.getColumnPosition("detail")));
        }
        return details;
    }

    private Button button(String text) {
        return $view(Button.class).withText(text).single();
    }

    private String recordEntries(int count) {
        String actor = "view-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < count; i++) {
            auditLog.record(
                    i % 10 == 0 ? AuditEvent.SIGN_IN_FAILED : AuditEvent.SIGN_IN, actor, "user:" + actor, "#" + i);
        }
        return actor;
    }

    @Test
    @WithUserDetails(value = TestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_filters_by_user_and_pages_back_and_forth_newest_first() {
        String actor = recordEntries(120);
        navigate(AuditLogView.class);

        test($view(TextField.class).withLabel("User").single()).setValue(actor);

        assertThat(details()).hasSize(50).startsWith("#119", "#118").endsWith("#70");
        assertThat(button("Newer").isEnabled()).isFalse();
        test(button("Older")).click();
        assertThat(details()).hasSize(50).startsWith("#69").endsWith("#20");
        test(button("Older")).click();
        assertThat(details()).hasSize(20).startsWith("#19").endsWith("#0");
        assertThat(button("Older").isEnabled()).isFalse();
        test(button("Newer")).click();
        assertThat(details()).startsWith("#69");
        test(button("Newest")).click();
        assertThat(details()).startsWith("#119");

        var grid = test(grid());
        assertThat(grid.getCellText(0, grid.getColumnPosition("user"))).isEqualTo(actor);
        assertThat(grid.getCellText(0, grid.getColumnPosition("event"))).isEqualTo("Signed in");
    }

    @Test
    @WithUserDetails(value = TestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_link_with_user_and_event_opens_the_log_filtered_to_them() {
        String actor = recordEntries(25);

        UI.getCurrent()
                .navigate(
                        AuditLogView.class,
                        QueryParameters.simple(java.util.Map.of("user", actor, "event", "SIGN_IN_FAILED")));

        assertThat(details()).containsExactly("#20", "#10", "#0");
        @SuppressWarnings("unchecked")
        ComboBox<AuditEvent> event = $view(ComboBox.class).withLabel("Event").single();
        assertThat(event.getValue()).isEqualTo(AuditEvent.SIGN_IN_FAILED);
    }

    @Test
    @WithUserDetails(value = TestUsers.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_editor_opening_the_audit_log_is_denied() {
        UI.getCurrent().navigate("audit-log");

        assertThat(getCurrentView()).isNotInstanceOf(AuditLogView.class);
        assertThat($(Grid.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails(value = TestUsers.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_reader_opening_the_audit_log_is_denied() {
        UI.getCurrent().navigate("audit-log");

        assertThat(getCurrentView()).isNotInstanceOf(AuditLogView.class);
        assertThat($(Grid.class).exists()).isFalse();
    }
}
