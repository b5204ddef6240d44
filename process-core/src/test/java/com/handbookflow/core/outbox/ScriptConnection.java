package com.handbookflow.core.outbox;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A connection to the test application's database as a script or another stack would open it: its own,
 * not one of the service's pool (those say {@code handbook.outbox_writer=service} and do not notify).
 */
final class ScriptConnection {

    private ScriptConnection() {
    }

    static Connection open() throws SQLException {
        Config config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(u -> properties.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(p -> properties.setProperty("password", p));
        return new org.postgresql.Driver().connect(config.getValue("quarkus.datasource.jdbc.url", String.class), properties);
    }
}
