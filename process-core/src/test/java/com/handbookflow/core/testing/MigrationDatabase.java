package com.handbookflow.core.testing;

import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A test database for migration tests: build it at an old version (Flyway on the migrations as they
 * were), put rows in, migrate to now, and read the rows back as text. {@code datasource} is what
 * {@link PostgresDatabaseResource#start()} returns.
 */
public record MigrationDatabase(Map<String, String> datasource) {

    public Flyway flyway(String... locations) {
        return Flyway.configure()
                .dataSource(url(), user(), password())
                .locations(locations).outOfOrder(true).load();
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Each row as its columns' text joined by a space. */
    public List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }

    /** Removes a directory of migrations written for the old version. */
    public static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    private String url() {
        return datasource.get("quarkus.datasource.jdbc.url");
    }

    private String user() {
        return datasource.get("quarkus.datasource.username");
    }

    private String password() {
        return datasource.get("quarkus.datasource.password");
    }
}
