package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.briefdesk.IntegrationTest;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two-factor sign-in as a user meets it (issue #18), in Chromium: set it up on its page by typing
 * the key shown into "an app" (the test computes the codes as an authenticator app does), keep a
 * recovery code, sign out, and sign in with the password and then a code on the code page.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoFactorBrowserTest extends RealBrowserTest {

    private static final String PASSWORD = "hannas-password-1";

    @Autowired
    UserService userService;

    @Autowired
    ActingUser actingUser;

    @Test
    void a_user_sets_up_two_factor_and_signs_in_with_a_code() throws Exception {
        String hanna = "hanna-" + UUID.randomUUID().toString().substring(0, 8);
        actingUser.as(
                TestUsers.ADMIN,
                () -> userService.create(new UserDraft(hanna, "Hanna", PASSWORD, Set.of(Role.AUTHOR))));
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, hanna, PASSWORD, "Hanna");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your account"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Two-factor sign-in"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up two-factor sign-in"))
                    .click();
            assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("QR code.*"))))
                    .isVisible(PATIENTLY);
            String key = page.locator(".bd-code").first().textContent().replace(" ", "");

            page.getByLabel("Code from the app").fill(code(key, Instant.now()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on"))
                    .click();
            assertThat(page.getByText("Two-factor sign-in is on. Keep these recovery codes"))
                    .isVisible(PATIENTLY);
            assertThat(page.locator(".bd-code li")).hasCount(10);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have saved them"))
                    .click();
            assertThat(page.getByText("Two-factor sign-in is on. You have 10 unused recovery codes."))
                    .isVisible(PATIENTLY);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                    .click();
            assertThat(page.locator("input[name='username']")).isVisible(PATIENTLY);
            fillSignIn(page, hanna, PASSWORD);
            assertThat(page).hasURL(Pattern.compile(".*/login/code$"));

            page.getByLabel("Code").fill("000000".equals(code(key, Instant.now())) ? "111111" : "000000");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            assertThat(page.getByText("That code is not right")).isVisible(PATIENTLY);

            // The next step's code: the one typed to turn it on cannot be used again.
            page.getByLabel("Code").fill(code(key, Instant.now().plusSeconds(30)));
            page.getByLabel("Code").press("Enter");
            assertThat(page.getByText("Welcome, Hanna")).isVisible(PATIENTLY);
        }
    }

    /** What an authenticator app shows for the key at that time (RFC 6238, as the app computes it). */
    private static String code(String base32Key, Instant at) throws Exception {
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30));
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(base32Key), totp.getAlgorithm());
        return String.format(Locale.ROOT, "%06d", totp.generateOneTimePassword(key, at));
    }
}
