package org.briefdesk;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The test database (see {@link TestDatabase}) reached through a {@link TcpProxy}, so that a test can
 * take it away and bring it back. One proxy per test JVM, started before the first Spring context
 * that uses it; tests that cut it restore it afterwards.
 */
public final class DatabaseBehindProxy {

    private static final Pattern HOST_AND_PORT = Pattern.compile("^(jdbc:[a-z0-9]+://)([^/:?,]+)(?::(\\d+))?(.*)$");

    private static volatile TcpProxy proxy;

    private DatabaseBehindProxy() {}

    /** The proxy in front of the test database, started on first use. */
    public static TcpProxy proxy() {
        TcpProxy result = proxy;
        if (result == null) {
            synchronized (DatabaseBehindProxy.class) {
                result = proxy;
                if (result == null) {
                    Matcher url = url();
                    String port = url.group(3);
                    result = new TcpProxy(url.group(2), port == null ? 3306 : Integer.parseInt(port));
                    proxy = result;
                }
            }
        }
        return result;
    }

    private static Matcher url() {
        Matcher matcher = HOST_AND_PORT.matcher(TestDatabase.connection().url());
        if (!matcher.matches()) {
            throw new IllegalStateException("Cannot put a proxy in front of "
                    + TestDatabase.connection().url());
        }
        return matcher;
    }

    /** Points the Spring context at the proxy instead of the test database itself. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestDatabase.Connection db = TestDatabase.connection();
            Matcher url = url();
            String proxied = url.group(1) + "127.0.0.1:" + proxy().port() + url.group(4);
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "briefdeskDatabaseBehindProxy",
                            Map.of(
                                    "spring.datasource.url", proxied,
                                    "spring.datasource.username", db.username(),
                                    "spring.datasource.password", db.password())));
        }
    }
}
