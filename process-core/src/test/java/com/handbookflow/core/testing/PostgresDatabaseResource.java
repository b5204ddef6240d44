package com.handbookflow.core.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Gives a test run its own database on the real PostgreSQL server (127.0.0.1:5432 unless
 * {@code QUARKUS_DATASOURCE_JDBC_URL} names another), so tests never touch the database of a
 * system running on the same machine, nor that of another test run. Dropped when the run ends.
 * Init arg {@code database}: the service's database name, used as the prefix.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private String adminUrl;
    private String user;
    private String password;
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        String prefix = initArgs.getOrDefault("database", "handbook");
        database = prefix + "_test_" + UUID.randomUUID().toString().substring(0, 8);
        String configured = env("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        adminUrl = configured.replaceFirst("/[^/?]*(\\?.*)?$", "/postgres$1");
        user = env("QUARKUS_DATASOURCE_USERNAME", "postgres");
        password = env("QUARKUS_DATASOURCE_PASSWORD", "");
    }

    @Override
    public Map<String, String> start() {
        execute("CREATE DATABASE " + database);
        return Map.of("quarkus.datasource.jdbc.url", adminUrl.replaceFirst("/postgres", "/" + database),
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + adminUrl + " refused: " + sql
                    + " (is it running? pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
