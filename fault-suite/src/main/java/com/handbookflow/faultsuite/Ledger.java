package com.handbookflow.faultsuite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the databases say after a phase: the suite's own bookkeeping is compared with the rows, never
 * with what a service reports about itself.
 */
final class Ledger {

    static final List<String> SCENARIO_DATABASES = List.of("launch", "complaint", "project");
    private static final Pattern KEY = Pattern.compile("\\[fs:([0-9a-f-]{36})]");

    private Ledger() {
    }

    /** How many complaints each idempotency key made (a key that made none is absent). */
    static Map<String, Integer> complaintsPerKey() throws SQLException {
        Map<String, Integer> perKey = new HashMap<>();
        try (Connection connection = LocalSystem.connect("complaint");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select description from complaint where description like '[fs:%'")) {
            while (rows.next()) {
                Matcher key = KEY.matcher(rows.getString(1));
                if (key.find()) {
                    perKey.merge(key.group(1), 1, Integer::sum);
                }
            }
        }
        return perKey;
    }

    /**
     * Waits until every scenario service's outbox is sent and notification-service processed every event.
     * A backlog is worked off at the machine's pace, so the wait lasts while it shrinks: it gives up only
     * when nothing moved for {@code stall}, or after {@code cap} in all.
     */
    static Delivery awaitDelivery(Duration stall, Duration cap) throws SQLException, InterruptedException {
        long end = System.nanoTime() + cap.toNanos();
        long lastProgress = System.nanoTime();
        Delivery delivery = delivery();
        while (delivery.unsent() > 0 || delivery.notProcessed() > 0) {
            if (System.nanoTime() > end || System.nanoTime() - lastProgress > stall.toNanos()) {
                return delivery;
            }
            Thread.sleep(1000);
            Delivery next = delivery();
            if (next.unsent() + next.notProcessed() < delivery.unsent() + delivery.notProcessed()) {
                lastProgress = System.nanoTime();
            }
            delivery = next;
        }
        return delivery;
    }

    static Delivery delivery() throws SQLException {
        Set<String> published = new HashSet<>();
        int unsent = 0;
        for (String database : SCENARIO_DATABASES) {
            try (Connection connection = LocalSystem.connect(database);
                 ResultSet rows = connection.createStatement().executeQuery("select event_id, sent_at is null from outbox_event")) {
                while (rows.next()) {
                    published.add(rows.getString(1));
                    if (rows.getBoolean(2)) {
                        unsent++;
                    }
                }
            }
        }
        Set<String> processed = new HashSet<>();
        try (Connection connection = LocalSystem.connect("notification");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select event_id from processed_event where consumer = 'notification-service'")) {
            while (rows.next()) {
                processed.add(rows.getString(1));
            }
        }
        Set<String> missing = new HashSet<>(published);
        missing.removeAll(processed);
        return new Delivery(published.size(), unsent, missing.size());
    }

    /**
     * A notice the webhook receiver has not seen, with its delivery row (if any): {@code heldUntil} is set when
     * the delivery waits, untried, for a time still to come (a quiet-hours hold until the next working day).
     */
    record Undelivered(String key, String kind, String level, String recipient, Instant createdAt,
                       String deliveryState, Instant heldUntil, int attempts, String lastError) {

        boolean held() {
            return heldUntil != null;
        }

        @Override
        public String toString() {
            return kind + "/" + level + " to " + recipient + " made " + createdAt + ": "
                    + (deliveryState == null ? "no delivery row"
                    : deliveryState + (held() ? " held until " + heldUntil : "") + ", " + attempts + " attempts"
                    + (lastError == null ? "" : ", last error " + lastError));
        }
    }

    /** Every notice made since {@code since} whose key is not among {@code delivered}, with its webhook delivery. */
    static List<Undelivered> undelivered(Set<String> delivered, Instant since) throws SQLException {
        List<Undelivered> undelivered = new ArrayList<>();
        try (Connection connection = LocalSystem.connect("notification");
             var query = connection.prepareStatement("""
                     select n.idempotency_key, n.kind, n.level, coalesce(n.recipient_person, n.recipient_department),
                            n.created_at, d.state, d.attempts, d.last_error,
                            case when d.state = 'PENDING' and d.attempts = 0 and d.next_attempt_at > now()
                                 then d.next_attempt_at end as held_until
                     from notification n left join webhook_delivery d on d.idempotency_key = n.idempotency_key
                     where n.created_at >= ?""")) {
            query.setTimestamp(1, Timestamp.from(since));
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                if (!delivered.contains(rows.getString(1))) {
                    Timestamp held = rows.getTimestamp(9);
                    undelivered.add(new Undelivered(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getTimestamp(5).toInstant(), rows.getString(6),
                            held == null ? null : held.toInstant(), rows.getInt(7), rows.getString(8)));
                }
            }
        }
        return undelivered;
    }

    /** Notices (inbox rows) whose idempotency key occurs more than once: a reminder sent twice. */
    static int noticesSentTwice() throws SQLException {
        return count("notification", "select count(*) from (select idempotency_key from notification "
                + "group by idempotency_key having count(*) > 1) twice");
    }

    /** Notices (inbox rows) made since {@code since}. */
    static int notices(Instant since) throws SQLException {
        try (Connection connection = LocalSystem.connect("notification");
             var count = connection.prepareStatement("select count(*) from notification where created_at >= ?")) {
            count.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    static int count(String database, String sql) throws SQLException {
        try (Connection connection = LocalSystem.connect(database);
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Events written to the scenario outboxes, how many are still unsent, how many notification-service lacks. */
    record Delivery(int published, int unsent, int notProcessed) {
    }
}
