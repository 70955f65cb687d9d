package org.briefdesk.briefing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import org.briefdesk.DatabaseBehindProxy;
import org.briefdesk.IntegrationTestBehindProxy;
import org.briefdesk.TcpProxy;
import org.briefdesk.base.ui.ErrorMessages;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTestBehindProxy
@ViewPackages(packages = "org.briefdesk")
@WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class BriefingEditorOutageViewTest extends SpringBrowserlessTest {

    private final TcpProxy database = DatabaseBehindProxy.proxy();

    @Autowired
    BriefingService briefingService;

    @AfterEach
    void bring_the_database_back() {
        database.restore();
    }

    @Autowired
    javax.sql.DataSource dataSource;

    private void awaitDatabase() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (var connection = dataSource.getConnection()) {
                if (connection.isValid(2)) {
                    return;
                }
            } catch (java.sql.SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("The database did not come back within 30 s", notYet);
                }
            }
        }
    }

    private TextArea body() {
        return $view(TextArea.class).withLabel("Body").single();
    }

    private String savedIndicator() {
        return $view(Span.class).withClassName("bd-saved").single().getText();
    }

    private List<String> notifications() {
        return $(Notification.class).all().stream()
                .map(notification -> test(notification).getText())
                .toList();
    }

    @Test
    void when_the_database_goes_away_the_editor_says_so_keeps_the_text_and_saves_it_once_it_is_back() {
        BriefingDetails briefing = briefingService.create(
                BriefingDraft.titled("Outage " + UUID.randomUUID().toString().substring(0, 8)));
        navigate("briefings/" + briefing.id() + "/edit", BriefingEditorView.class);
        String text = "Written while the database was away.\n\nSecond paragraph, with 🚢.";

        database.refuse();
        test(body()).setValue(text);
        test($view(Button.class).withText("Save").single()).click();

        assertThat(notifications()).contains(ErrorMessages.DATABASE_UNREACHABLE_TEXT_KEPT);
        assertThat(notifications()).noneMatch(message -> message.contains("Exception") || message.contains("at org."));
        assertThat(savedIndicator()).isEqualTo("Not saved · the database cannot be reached");
        assertThat(body().getValue()).isEqualTo(text);
        assertThat($view(Span.class).withClassName("bd-checks-summary").single().getText())
                .isEqualTo("Checks resume when the database can be reached again.");

        database.restore();
        // The connection pool notices the return within a few seconds (it backs off while the
        // database refuses); the user's next Save comes after that.
        awaitDatabase();
        test($view(Button.class).withText("Save").single()).click();

        assertThat(savedIndicator()).startsWith("Saved at ");
        assertThat(body().getValue()).isEqualTo(text);
        assertThat(briefingService.get(briefing.id()).orElseThrow().body()).isEqualTo(text);
    }
}
