package org.briefdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Set;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Following a link to something that does not exist, or that is not yours to open, gives a page
 * inside Briefdesk that says so and leads back, never Vaadin's bare exception text (issue #20).
 */
@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
class ErrorPagesTest extends SpringBrowserlessTest {

    private static final String SECOND_AUTHOR = "t-author2";

    @Autowired
    BriefingService briefingService;

    @Autowired
    PublishedFixture fixture;

    @Autowired
    ActingUser actingUser;

    @Autowired
    UserService userService;

    @BeforeEach
    void aSecondAuthor() {
        actingUser.as(TestUsers.ADMIN, () -> {
            if (userService.list().stream().noneMatch(user -> user.username().equals(SECOND_AUTHOR))) {
                userService.create(
                        new UserDraft(SECOND_AUTHOR, "Second author", TestUsers.PASSWORD, Set.of(Role.AUTHOR)));
            }
            return null;
        });
    }

    private long draftOfTheAuthor() {
        return actingUser.as(
                TestUsers.AUTHOR,
                () -> briefingService
                        .create(BriefingDraft.titled("Confidential draft " + System.nanoTime()))
                        .id());
    }

    /** Opens the address and returns the error page shown inside the layout. */
    private ErrorPage errorPageAt(String location) {
        ErrorPage page = navigate(location, ErrorPage.class);
        assertThat(page.getParent())
                .hasValueSatisfying(parent -> assertThat(parent).isInstanceOf(AppLayout.class));
        return page;
    }

    /** The page's title, which the layout shows as its heading. */
    private String heading() {
        return $(H2.class).single().getText();
    }

    private String message() {
        return $view(Paragraph.class).single().getText();
    }

    private List<String> links() {
        return $view(Anchor.class).all().stream()
                .map(anchor -> anchor.getText() + " → " + anchor.getHref())
                .toList();
    }

    @Test
    @WithUserDetails(value = SECOND_AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void another_authors_draft_in_the_editor_is_not_found_and_its_title_is_not_shown() {
        long id = draftOfTheAuthor();

        errorPageAt("briefings/" + id + "/edit");

        assertThat(heading()).isEqualTo("Not found");
        assertThat(message()).isEqualTo("No such briefing, or you may not open it.");
        assertThat(links()).containsExactly("Back to the briefings → briefings", "Go to the dashboard → .");
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain("Confidential draft");
    }

    @Test
    @WithUserDetails(value = SECOND_AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_unknown_or_malformed_briefing_id_reads_the_same_as_one_that_is_not_yours() {
        errorPageAt("briefings/987654321/edit");
        assertThat(message()).isEqualTo("No such briefing, or you may not open it.");

        errorPageAt("briefings/not-a-number/edit");
        assertThat(message()).isEqualTo("No such briefing, or you may not open it.");
    }

    @Test
    @WithUserDetails(value = SECOND_AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_published_briefing_in_the_editor_leads_to_its_published_page() {
        PublishedFixture.Made made = fixture.published("Open harbour " + PublishedFixture.nonce(), Audience.INTERNAL);

        errorPageAt("briefings/" + made.briefingId() + "/edit");

        assertThat(heading()).isEqualTo("Not in the editor");
        assertThat(message()).contains("Only its authors and the editors open", made.title());
        assertThat(links()).contains("Read the published briefing → briefings/" + made.slug());
    }

    @Test
    @WithUserDetails(value = TestUsers.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_view_the_readers_role_does_not_open_is_not_found_inside_the_layout() {
        errorPageAt("briefings/" + draftOfTheAuthor() + "/edit");

        assertThat(heading()).isEqualTo("Not found");
        assertThat(links()).contains("Go to the dashboard → .");
    }

    @Test
    @WithUserDetails(value = TestUsers.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_unknown_address_and_an_unknown_source_say_so_with_a_way_back() {
        errorPageAt("no-such-page");
        assertThat(heading()).isEqualTo("Not found");
        assertThat(message()).startsWith("There is no page at /no-such-page.");

        errorPageAt("sources/no-such-key-" + System.nanoTime());
        assertThat(message()).startsWith("The library has no source with the key @no-such-key-");
        assertThat(links()).contains("Back to the sources → sources");
    }

    @Test
    @WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_authors_own_briefing_still_opens_in_the_editor() {
        BriefingDetails briefing = briefingService.create(BriefingDraft.titled("Mine " + System.nanoTime()));

        navigate("briefings/" + briefing.id() + "/edit", com.vaadin.flow.component.Component.class);

        assertThat($view(ErrorPage.class).exists()).isFalse();
        assertThat(getCurrentView()).isNotInstanceOf(ErrorPage.class);
    }
}
