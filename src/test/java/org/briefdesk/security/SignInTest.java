package org.briefdesk.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RunAs;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.briefdesk.user.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class SignInTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserService userService;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void a_user_signs_in_with_the_right_password_and_gets_their_roles() throws Exception {
        mvc.perform(formLogin("/login").user(TestUsers.EDITOR).password(TestUsers.PASSWORD))
                .andExpect(authenticated().withUsername(TestUsers.EDITOR).withRoles("EDITOR", "AUTHOR", "READER"));
    }

    @Test
    void a_wrong_password_and_an_unknown_user_are_sent_back_to_the_login_with_the_same_error() throws Exception {
        mvc.perform(formLogin("/login").user(TestUsers.AUTHOR).password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody-" + UUID.randomUUID()).password("whatever-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_can_again_once_enabled() throws Exception {
        String username = "frank-" + UUID.randomUUID().toString().substring(0, 8);
        UserSummary frank = RunAs.admin(
                () -> userService.create(new UserDraft(username, "Frank", "franks-password-1", Set.of(Role.READER))));
        RunAs.admin(() -> userService.setEnabled(frank.id(), false));

        mvc.perform(formLogin("/login").user(username).password("franks-password-1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        RunAs.admin(() -> userService.setEnabled(frank.id(), true));
        mvc.perform(formLogin("/login").user(username).password("franks-password-1"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void unauthenticated_requests_are_sent_to_the_login() throws Exception {
        mvc.perform(get("/users")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void the_health_endpoint_tells_anonymous_callers_the_status_and_nothing_more() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void the_health_endpoint_shows_the_database_check_to_administrators() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }
}
