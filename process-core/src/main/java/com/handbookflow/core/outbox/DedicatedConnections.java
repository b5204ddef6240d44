package com.handbookflow.core.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Opens connections to the service's database outside the pool, each held as long as it lasts: the relay's
 * holds the lock, the listener's waits for notifications; neither may take a place from the service's
 * transactions. The one home for how the relay connects, so a test playing another instance's relay connects
 * the same way.
 */
@ApplicationScoped
class DedicatedConnections {

    private final String jdbcUrl;
    private final Optional<String> user;
    private final Optional<String> password;

    DedicatedConnections(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
                         @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                         @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * A new connection, named in {@code pg_stat_activity} by {@code applicationName}, with TCP keep-alive; a
     * statement unanswered for {@code socketTimeoutSeconds} (when given) drops it.
     */
    Connection open(String applicationName, Integer socketTimeoutSeconds) throws SQLException {
        Properties properties = new Properties();
        user.ifPresent(name -> properties.setProperty("user", name));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("tcpKeepAlive", "true");
        if (socketTimeoutSeconds != null) {
            properties.setProperty("socketTimeout", String.valueOf(socketTimeoutSeconds));
        }
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + jdbcUrl);
        }
        return connection;
    }
}
