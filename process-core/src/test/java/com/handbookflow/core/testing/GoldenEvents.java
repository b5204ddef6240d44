package com.handbookflow.core.testing;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events a scripted scenario published, byte for byte as they leave through the outbox, compared
 * with a golden file: one block per event (type, Kafka key, subject, JSON payload) in publication
 * order, random ids as {@code <uuid-N>}. A service's golden test scripts the scenario; the format is
 * the same in every service, so notification-service can read another service's golden file.
 */
public final class GoldenEvents {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private GoldenEvents() {
    }

    /**
     * The outbox rows whose aggregate {@code aggregates} selects (an SQL condition on {@code aggregate_id},
     * its {@code ?} filled by {@code parameters} in order), in publication order, one block per event.
     */
    public static String outboxEvents(DataSource dataSource, String aggregates, String... parameters)
            throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select event_type, aggregate_id, subject, payload::text from outbox_event where "
                             + aggregates + " order by seq")) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    out.append("type=").append(rows.getString(1)).append('\n')
                            .append("key=").append(rows.getString(2)).append('\n')
                            .append("subject=").append(rows.getString(3)).append('\n')
                            .append(rows.getString(4)).append("\n\n");
                }
            }
        }
        return out.toString();
    }

    /**
     * Random ids (version 4 UUIDs: event and instance ids) become {@code <uuid-N>} in order of first
     * appearance; name-based ids stay as they are, because consumers rely on them.
     */
    public static String normalised(String events) {
        Map<String, String> placeholders = new LinkedHashMap<>();
        Matcher matcher = UUID_TEXT.matcher(events);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String id = matcher.group();
            String replacement = UUID.fromString(id).version() == 4
                    ? placeholders.computeIfAbsent(id, k -> "<uuid-" + (placeholders.size() + 1) + ">") : id;
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Asserts that {@code events} are the ones recorded in {@code golden}. It changes only for a deliberate
     * change of behaviour, recorded in a commit of its own: {@code -Dgolden.record=true} writes it anew.
     */
    public static void assertRecorded(Path golden, String events) throws IOException {
        if (Boolean.getBoolean("golden.record")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, events, StandardCharsets.UTF_8);
        }
        org.junit.jupiter.api.Assertions.assertEquals(Files.readString(golden, StandardCharsets.UTF_8), events);
    }
}
