package org.briefdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import jakarta.servlet.Filter;
import org.briefdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The security headers of issue 8 on every response, and a stricter policy of a page left alone. */
@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    SecurityFilterChain securityFilterChain;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void every_response_carries_the_content_security_policy_and_the_other_security_headers() throws Exception {
        // Pages of the Vaadin servlet get the same headers from SecurityConfig.vaadinSecurityHeaders,
        // which only a real server shows (SecurityBrowserTest).
        for (String path : new String[] {"/users", "/actuator/health", "/no-such-page"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("X-Frame-Options", "DENY"));
        }
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'")
                .doesNotContain("*");
    }

    @Test
    void a_page_that_sets_its_own_stricter_policy_keeps_it() throws Exception {
        Filter headers = securityFilterChain.getFilters().stream()
                .filter(HeaderWriterFilter.class::isInstance)
                .findFirst()
                .orElseThrow();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/briefings/some-slug");
        MockHttpServletResponse response = new MockHttpServletResponse();

        // As a reading-page controller does: its own policy, set before the response is written.
        headers.doFilter(request, response, (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res)
                    .setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'");
            res.getWriter().write("<!doctype html><p>Published text</p>");
            res.flushBuffer();
        });

        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'; style-src 'self'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
