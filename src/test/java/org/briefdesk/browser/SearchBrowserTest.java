package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefdesk.IntegrationTest;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The top bar's search in a real Chromium: the author types a word of her draft and presses Enter,
 * sees the draft with the word highlighted and opens it; another author searching the same word does
 * not see it.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBrowserTest extends RealBrowserTest {

    private static final String OTHER_AUTHOR = "t-search-browser";

    @Autowired
    PublishedFixture fixture;

    @Autowired
    UserService users;

    @Autowired
    ActingUser actingUser;

    private Page search(BrowserContext context, String username, String displayName, String word) {
        Page page = signIn(context, username, TestUsers.PASSWORD, displayName);
        Locator box =
                page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search briefings and sources"));
        box.fill(word);
        box.press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=" + word + "$"));
        return page;
    }

    @Test
    void the_author_finds_her_draft_from_the_top_bar_and_another_author_does_not() {
        actingUser.as(TestUsers.ADMIN, () -> {
            if (users.list().stream().noneMatch(user -> user.username().equals(OTHER_AUTHOR))) {
                users.create(new UserDraft(OTHER_AUTHOR, "Other Writer", TestUsers.PASSWORD, Set.of(Role.AUTHOR)));
            }
            return null;
        });
        String word = "zw" + PublishedFixture.nonce();
        String title = "Grain corridor " + word;
        fixture.draft(title, "Shipments through the corridor rose; " + word + " is the code name.");

        try (BrowserContext author = browser.newContext()) {
            Page page = search(author, TestUsers.AUTHOR, "Test author", word);
            Locator found = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title));
            assertThat(found).isVisible(PATIENTLY);
            assertThat(page.locator(".bd-match").first()).hasText(word);
            found.click();
            assertThat(page).hasURL(Pattern.compile(".*/briefings/\\d+/edit$"));
        }
        try (BrowserContext other = browser.newContext()) {
            Page page = search(other, OTHER_AUTHOR, "Other Writer", word);
            assertThat(page.getByText("Briefings you work on")).isVisible(PATIENTLY);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)))
                    .hasCount(0);
        }
    }
}
