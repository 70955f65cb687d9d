package org.briefdesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    BriefingService briefingService;

    @Test
    @WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_author_sees_their_new_draft_under_my_drafts_with_a_link_to_the_editor() {
        BriefingDetails draft = briefingService.create(BriefingDraft.titled("Dashboard " + UUID.randomUUID()));

        navigate(DashboardView.class);

        assertThat($view(H2.class).withText("Welcome, Test author").exists()).isTrue();
        assertThat($view(H3.class).all())
                .extracting(H3::getText)
                .containsExactly("My drafts", "Changes requested", "Recently published");
        RouterLink link = $view(RouterLink.class).withText(draft.title()).single();
        assertThat(link.getHref()).isEqualTo("briefings/" + draft.id() + "/edit");
    }

    @Test
    @WithUserDetails(value = TestUsers.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_reader_sees_only_recently_published() {
        navigate(DashboardView.class);

        assertThat($view(H3.class).all()).extracting(H3::getText).containsExactly("Recently published");
    }
}
