package org.briefdesk.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.briefdesk.IntegrationTest;
import org.briefdesk.TestClock;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditFilter;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.security.Role;
import org.briefdesk.security.UserSessions;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.briefdesk.user.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in protection of issue 8 through the real filter chain: account and address locks, their
 * expiry (with the test clock moved), one answer for every kind of failure, the administrator's
 * unlock, session fixation, and sessions ended by a password reset or a disabled account.
 */
@IntegrationTest
class SignInProtectionTest {

    private static final String PASSWORD = "franks-password-1";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService userService;

    @Autowired
    AuditLog auditLog;

    @Autowired
    UserSessions userSessions;

    @Autowired
    ActingUser actingUser;

    @Autowired
    TestClock clock;

    @Autowired
    SignInThrottle throttle;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    /** A client address of its own for each use, so that no test locks another's address. */
    private static String anAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private UserSummary newUser() {
        String username = "frank-" + UUID.randomUUID().toString().substring(0, 8);
        return actingUser.as(
                TestUsers.ADMIN,
                () -> userService.create(new UserDraft(username, "Frank", PASSWORD, Set.of(Role.READER))));
    }

    private ResultActions signIn(String username, String password, String address) throws Exception {
        return signIn(username, password, address, new MockHttpSession());
    }

    private ResultActions signIn(String username, String password, String address, MockHttpSession session)
            throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .session(session)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private void failFiveTimes(String username) throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn(username, "wrong-password-" + i, anAddress()).andExpect(unauthenticated());
        }
    }

    @Test
    void five_failures_lock_the_account_for_15_minutes_even_against_the_right_password() throws Exception {
        UserSummary frank = newUser();
        for (int i = 0; i < 4; i++) {
            signIn(frank.username(), "wrong-password-" + i, anAddress()).andExpect(unauthenticated());
        }
        // Four failures: the right password still works (and forgets them).
        signIn(frank.username(), PASSWORD, anAddress()).andExpect(authenticated());

        failFiveTimes(frank.username());
        signIn(frank.username(), PASSWORD, anAddress())
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        clock.advance(Duration.ofMinutes(14));
        signIn(frank.username(), PASSWORD, anAddress()).andExpect(unauthenticated());

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        signIn(frank.username(), PASSWORD, anAddress())
                .andExpect(authenticated().withUsername(frank.username()));
    }

    @Test
    void an_address_that_keeps_failing_waits_longer_and_longer_and_is_locked_only_after_100_failures()
            throws Exception {
        String office = anAddress();
        // Someone's typos behind the office's shared address: nine failures do not stop a colleague.
        failFrom(office, 9);
        signIn(TestUsers.READER, TestUsers.PASSWORD, office).andExpect(authenticated());

        // The tenth makes the address wait five seconds, then the right password works again.
        failFrom(office, 1);
        signIn(TestUsers.READER, TestUsers.PASSWORD, office).andExpect(unauthenticated());
        signIn(TestUsers.READER, TestUsers.PASSWORD, anAddress()).andExpect(authenticated());
        clock.advance(Duration.ofSeconds(6));
        signIn(TestUsers.READER, TestUsers.PASSWORD, office).andExpect(authenticated());

        // Fifteen more (the refused right password above did not count): the 25th makes it wait a minute.
        for (int failed = 11; failed <= 25; failed++) {
            failFrom(office, 1);
            clock.advance(Duration.ofSeconds(6));
        }
        signIn(TestUsers.READER, TestUsers.PASSWORD, office).andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(30));
        signIn(TestUsers.READER, TestUsers.PASSWORD, office).andExpect(unauthenticated());
        clock.advance(Duration.ofSeconds(31));
        signIn(TestUsers.READER, TestUsers.PASSWORD, office).andExpect(authenticated());

        // Only the 100th failure within the window locks the address, for 15 minutes; it is audited.
        failFrom(office, 74);
        assertThat(throttle.isLocked("anyone", office))
                .as("99 failures: waiting, not locked")
                .isTrue();
        clock.advance(Duration.ofMinutes(2));
        signIn(TestUsers.READER, TestUsers.PASSWORD, office).andExpect(authenticated());
        failFrom(office, 1);
        clock.advance(Duration.ofMinutes(2));
        signIn(TestUsers.READER, TestUsers.PASSWORD, office).andExpect(unauthenticated());
        assertThat(actingUser.as(
                        TestUsers.ADMIN,
                        () -> auditLog.search(new AuditFilter(null, AuditEvent.SIGN_IN_LOCKED, null, null), null, 50)
                                .entries()))
                .anySatisfy(entry -> assertThat(entry.target()).isEqualTo("address:" + office));
        clock.advance(Duration.ofMinutes(15));
        signIn(TestUsers.READER, TestUsers.PASSWORD, office).andExpect(authenticated());
    }

    /** Failed sign-ins from the address, each as a name that does not exist. */
    private void failFrom(String address, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            signIn("guess-" + UUID.randomUUID().toString().substring(0, 8), "password-" + i, address)
                    .andExpect(unauthenticated());
        }
    }

    @Test
    void an_unknown_user_a_wrong_password_a_locked_and_a_disabled_account_get_the_same_answer() throws Exception {
        UserSummary locked = newUser();
        failFiveTimes(locked.username());
        UserSummary disabled = newUser();
        actingUser.as(TestUsers.ADMIN, () -> userService.setEnabled(disabled.id(), false));

        MvcResult unknown =
                signIn("nobody-" + UUID.randomUUID(), PASSWORD, anAddress()).andReturn();
        MvcResult wrongPassword =
                signIn(TestUsers.AUTHOR, "not-the-password", anAddress()).andReturn();
        MvcResult lockedRightPassword =
                signIn(locked.username(), PASSWORD, anAddress()).andReturn();
        MvcResult disabledRightPassword =
                signIn(disabled.username(), PASSWORD, anAddress()).andReturn();

        for (MvcResult result : new MvcResult[] {unknown, wrongPassword, lockedRightPassword, disabledRightPassword}) {
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            assertThat(result.getResponse().getContentAsString()).isEmpty();
        }
    }

    @Test
    void an_admin_sees_the_failed_sign_ins_of_a_locked_account_and_unlocks_it() throws Exception {
        UserSummary frank = newUser();
        String address = anAddress();
        for (int i = 0; i < 4; i++) {
            signIn(frank.username(), "wrong-password-" + i, anAddress()).andExpect(unauthenticated());
        }
        signIn(frank.username(), "wrong-password-4", address).andExpect(unauthenticated());
        signIn(frank.username(), PASSWORD, address).andExpect(unauthenticated());

        actingUser.as(TestUsers.ADMIN, () -> {
            assertThat(userService.signInLocks()).containsKey(frank.username());
            var failures = auditLog.search(
                            new AuditFilter(frank.username(), AuditEvent.SIGN_IN_FAILED, null, null), null, 50)
                    .entries();
            assertThat(failures).hasSize(6);
            assertThat(failures.getFirst().detail()).contains("locked");
            assertThat(failures.getFirst().clientAddress()).isEqualTo(address);
            assertThat(failures.getLast().detail()).isEqualTo("wrong password or unknown user name");
            assertThat(auditLog.search(
                                    new AuditFilter(frank.username(), AuditEvent.SIGN_IN_LOCKED, null, null), null, 50)
                            .entries())
                    .singleElement()
                    .satisfies(lock -> assertThat(lock.target()).isEqualTo("account:" + frank.username()));

            assertThat(userService.unlockSignIn(frank.id())).isTrue();
            assertThat(userService.signInLocks()).doesNotContainKey(frank.username());
            assertThat(auditLog.search(
                                    new AuditFilter(TestUsers.ADMIN, AuditEvent.SIGN_IN_UNLOCKED, null, null), null, 1)
                            .entries())
                    .singleElement()
                    .satisfies(unlock -> assertThat(unlock.target()).isEqualTo("account:" + frank.username()));
            return null;
        });

        signIn(frank.username(), PASSWORD, address).andExpect(authenticated());
    }

    @Test
    void signing_in_gives_the_session_a_new_id() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = signIn(TestUsers.READER, TestUsers.PASSWORD, anAddress(), session)
                .andExpect(authenticated())
                .andReturn();

        assertThat(result.getRequest().getSession(false)).isNotNull();
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    @Test
    void a_password_reset_ends_every_session_of_the_user() throws Exception {
        UserSummary frank = newUser();
        MockHttpSession session = signedIn(frank);

        actingUser.as(TestUsers.ADMIN, () -> userService.resetPassword(frank.id(), "a-brand-new-password"));

        assertThat(userSessions.sessionIdsOf(frank.username())).isEmpty();
        mvc.perform(get("/users").session(session)).andExpect(unauthenticated()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void disabling_a_user_ends_every_session_of_the_user() throws Exception {
        UserSummary frank = newUser();
        MockHttpSession session = signedIn(frank);

        actingUser.as(TestUsers.ADMIN, () -> userService.setEnabled(frank.id(), false));

        assertThat(userSessions.sessionIdsOf(frank.username())).isEmpty();
        mvc.perform(get("/users").session(session)).andExpect(unauthenticated()).andExpect(redirectedUrl("/login"));
    }

    private MockHttpSession signedIn(UserSummary user) throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(user.username(), PASSWORD, anAddress(), session).andExpect(authenticated());
        assertThat(userSessions.sessionIdsOf(user.username())).containsExactly(session.getId());
        mvc.perform(get("/users").session(session)).andExpect(authenticated().withUsername(user.username()));
        return session;
    }
}
