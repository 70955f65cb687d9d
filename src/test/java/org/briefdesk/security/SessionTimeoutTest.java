package org.briefdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.Context;
import org.briefdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Idle sessions end (PRODUCT section 8): the running server applies the configured timeout, and
 * Vaadin does not keep a session alive only because a tab is open and sends heartbeats.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class SessionTimeoutTest {

    @Autowired
    WebServerApplicationContext context;

    @Value("${vaadin.closeIdleSessions:false}")
    boolean closeIdleSessions;

    @Test
    void the_server_ends_sessions_idle_for_thirty_minutes_and_open_tabs_do_not_keep_them_alive() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context application = (Context) server.getTomcat().getHost().findChildren()[0];

        assertThat(application.getSessionTimeout()).isEqualTo(30);
        assertThat(closeIdleSessions).isTrue();
    }
}
