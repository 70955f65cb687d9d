package org.briefdesk.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool's connections give up on a MariaDB server that stops answering after a few seconds
 * ({@code socketTimeout} in application.properties), so that a save during an outage fails fast. A
 * migration at start-up may legitimately run one statement for minutes (an index on a large table), so
 * Flyway's connections wait as long as the statement takes; the pool restores the usual limit when
 * they are returned.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    FlywayConfigurationCustomizer migrationsWaitForLongStatements() {
        return configuration -> {
            DataSource dataSource = configuration.getDataSource();
            if (dataSource != null) {
                configuration.dataSource(new WithoutNetworkTimeout(dataSource));
            }
        };
    }

    private static final class WithoutNetworkTimeout extends DelegatingDataSource {

        WithoutNetworkTimeout(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return withoutNetworkTimeout(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return withoutNetworkTimeout(super.getConnection(username, password));
        }

        private static Connection withoutNetworkTimeout(Connection connection) throws SQLException {
            try {
                // The executor is only for aborting a timed-out call; with no timeout it is never used.
                connection.setNetworkTimeout(Runnable::run, 0);
            } catch (SQLFeatureNotSupportedException unsupported) {
                // A driver without network timeouts has none to lift.
            }
            return connection;
        }
    }
}
