package org.briefdesk.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.briefdesk.IntegrationTest;
import org.briefdesk.TestClock;
import org.briefdesk.audit.AuditEntry;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditFilter;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Two-factor sign-in (issue #18) through the real filter chain: the password alone leads to the code
 * page; a computed code signs in, a wrong or reused one does not, a recovery code works once; a user
 * whose account someone else's guesses locked still signs in with the password and a code.
 */
@IntegrationTest
class TwoFactorSignInTest {

    private static final String PASSWORD = "gretas-password-1";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService userService;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ActingUser actingUser;

    @Autowired
    TestClock clock;

    MockMvc mvc;
    String greta;
    String secret;
    List<String> recoveryCodes;

    @BeforeEach
    void gretaTurnsOnTwoFactor() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        greta = "greta-" + UUID.randomUUID().toString().substring(0, 8);
        actingUser.as(
                TestUsers.ADMIN,
                () -> userService.create(new UserDraft(greta, "Greta", PASSWORD, Set.of(Role.AUTHOR))));
        recoveryCodes = actingUser.as(greta, () -> {
            secret = twoFactor.begin().secret();
            return twoFactor.confirm(OneTimePasswords.code(secret, clock.instant()));
        });
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void the_password_alone_leads_to_the_code_page_and_a_current_code_signs_in() throws Exception {
        MockHttpSession session = new MockHttpSession();
        password(PASSWORD, session).andExpect(unauthenticated()).andExpect(redirectedUrl("/login/code"));

        clock.advance(Duration.ofSeconds(30));
        code(OneTimePasswords.code(secret, clock.instant()), session)
                .andExpect(authenticated().withUsername(greta).withRoles("READER", "AUTHOR"))
                .andExpect(redirectedUrl("/"));

        AuditEntry signIn = latest(AuditEvent.SIGN_IN);
        assertThat(signIn.detail()).isEqualTo("with an authenticator code");
        assertThat(signIn.clientAddress()).isNotBlank();
    }

    @Test
    void a_wrong_code_or_one_used_before_is_refused_and_audited() throws Exception {
        MockHttpSession session = new MockHttpSession();
        password(PASSWORD, session).andExpect(redirectedUrl("/login/code"));

        code("000000".equals(OneTimePasswords.code(secret, clock.instant())) ? "111111" : "000000", session)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login/code?error"));
        assertThat(latest(AuditEvent.SIGN_IN_FAILED).detail()).isEqualTo("right password, wrong two-factor code");

        // The code that turned two-factor on a moment ago: a code is accepted only once.
        code(OneTimePasswords.code(secret, clock.instant()), session)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login/code?error"));
    }

    @Test
    void a_recovery_code_signs_in_once() throws Exception {
        MockHttpSession session = new MockHttpSession();
        password(PASSWORD, session);
        code(recoveryCodes.getFirst().toUpperCase(), session)
                .andExpect(authenticated().withUsername(greta));
        assertThat(latest(AuditEvent.SIGN_IN).detail()).isEqualTo("with a recovery code");

        MockHttpSession again = new MockHttpSession();
        password(PASSWORD, again);
        code(recoveryCodes.getFirst(), again).andExpect(unauthenticated());
        assertThat(actingUser.as(greta, () -> twoFactor.status().recoveryCodesLeft()))
                .isEqualTo(TwoFactorService.RECOVERY_CODES - 1);
    }

    @Test
    void a_code_without_the_password_first_goes_back_to_the_login() throws Exception {
        code(OneTimePasswords.code(secret, clock.instant().plusSeconds(30)), new MockHttpSession())
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void five_wrong_codes_end_the_attempt_and_lock_further_codes() throws Exception {
        MockHttpSession session = new MockHttpSession();
        password(PASSWORD, session);
        for (int i = 0; i < 4; i++) {
            code("wrong" + i, session).andExpect(redirectedUrl("/login/code?error"));
        }
        code("wrong4", session).andExpect(redirectedUrl("/login?error"));

        // Even the password and a right code wait now: only someone who knew the password got here.
        MockHttpSession next = new MockHttpSession();
        password(PASSWORD, next).andExpect(redirectedUrl("/login/code"));
        code(OneTimePasswords.code(secret, clock.instant().plusSeconds(30)), next)
                .andExpect(unauthenticated());
        assertThat(latest(AuditEvent.SIGN_IN_FAILED).detail()).isEqualTo("refused: too many wrong two-factor codes");
    }

    @Test
    void someone_elses_guesses_lock_the_account_but_not_its_owner_with_a_code() throws Exception {
        for (int i = 0; i < 5; i++) {
            password("a-guess-" + i, new MockHttpSession()).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(actingUser.as(TestUsers.ADMIN, () -> userService.signInLocks()))
                .containsKey(greta);

        MockHttpSession session = new MockHttpSession();
        password(PASSWORD, session).andExpect(redirectedUrl("/login/code"));
        clock.advance(Duration.ofSeconds(30));
        code(OneTimePasswords.code(secret, clock.instant()), session)
                .andExpect(authenticated().withUsername(greta));
    }

    @Test
    void turning_it_off_needs_a_code_and_then_the_password_is_enough() throws Exception {
        actingUser.as(greta, () -> {
            assertThatThrownBy(() -> twoFactor.turnOff("123 456 7")).isInstanceOf(ActionRefusedException.class);
            twoFactor.turnOff(recoveryCodes.get(1));
            return null;
        });
        password(PASSWORD, new MockHttpSession()).andExpect(authenticated().withUsername(greta));
        assertThat(latest(AuditEvent.TWO_FACTOR_DISABLED).detail()).isEqualTo("by the user");
    }

    private ResultActions password(String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login")
                .param("username", greta)
                .param("password", password)
                .session(session)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(anAddress());
                    return request;
                }));
    }

    private ResultActions code(String code, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login/code")
                .param("code", code)
                .session(session)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(anAddress());
                    return request;
                }));
    }

    private AuditEntry latest(AuditEvent event) {
        return actingUser.as(
                TestUsers.ADMIN,
                () -> auditLog.search(new AuditFilter(greta, event, null, null), null, 1)
                        .entries()
                        .getFirst());
    }

    private static String anAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
