package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.briefdesk.IntegrationTest;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The keyboard alone: an author opens the New briefing dialog, types a title and presses Enter; the
 * editor opens with the cursor in the text, so that the next keys typed are the briefing's words.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyboardBrowserTest extends RealBrowserTest {

    @Test
    void enter_creates_the_briefing_and_the_editor_opens_with_the_cursor_in_the_text() {
        String title = "Keyboard only " + PublishedFixture.nonce();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, TestUsers.AUTHOR, TestUsers.PASSWORD, "Test author");
            page.navigate(url("/briefings"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New briefing"))
                    .focus();
            page.keyboard().press("Enter");
            assertThat(page.getByLabel("Title").first()).isFocused();
            page.keyboard().type(title);
            page.keyboard().press("Enter");

            assertThat(page).hasURL(Pattern.compile(".*/briefings/\\d+/edit$"));
            assertThat(page.locator("vaadin-text-area textarea").first()).isFocused();
            page.keyboard().type("Typed straight into the text.");
            assertThat(page.locator("vaadin-text-area textarea").first()).hasValue("Typed straight into the text.");
            assertThat(page.getByLabel("Title").first()).hasValue(title);
        }
    }
}
