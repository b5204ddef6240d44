package com.handbookflow.core.outbox;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Not a test: the relay's events/s on a backlog, round after round on the same table, which PostgreSQL
 * does not vacuum meanwhile (as on a machine with {@code autovacuum = off}, or a vacuum lagging): each
 * round adds the dead rows of its marks, and the rate shows whether the relay reads through them. A round
 * writes {@code measure.backlog} (20,000) rows in one statement, as bin/bench's backlog, the size of a
 * real completed-node event, and waits until none is unsent. Per round: events/s, and the CPU of the
 * relay's PostgreSQL backend and of this JVM per 1,000 events (utime+stime from /proc). With
 * {@code -Dmeasure.vacuum=true} a last round runs after {@code VACUUM outbox_event}; with
 * {@code -Dmeasure.holdSnapshot=true} a session holds one snapshot throughout (a long report); with
 * {@code -Dmeasure.writers=N} N sessions write one row per transaction meanwhile. Run on demand, with a
 * broker of its own ({@code KAFKA_BOOTSTRAP_SERVERS}) so Kafka's CPU is not this JVM's:
 * {@code ./mvnw -o -B verify -pl process-core -Dtest=OutboxBacklogMeasurement -Dmeasure=true [-Dmeasure.rounds=7]}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "measure", matches = "true")
class OutboxBacklogMeasurement {

    private static final String PAYLOAD = """
            {"actor": {"name": "张敏", "userId": "u1001", "department": "customer-service"}, "dueAt": "2026-09-15T01:10:00Z",
             "limit": "PT10M", "onTime": true, "attempt": 1, "eventId": "00000000-0000-0000-0000-000000000003",
             "nodeKey": "ACKNOWLEDGE", "outcome": "acknowledged", "outputs": [], "newState": "COMPLETED", "override": false,
             "startedAt": "2026-09-15T01:00:00Z", "attributes": {"channel": "PHONE", "urgency": "GENERAL",
             "problemType": "LOGISTICS_DELAY"}, "instanceId": "00000000-0000-0000-0000-000000000001",
             "nodeNameEn": "First response", "nodeNameZh": "投诉受理（首次响应）", "occurredAt": "2026-09-15T01:05:00Z",
             "completedAt": "2026-09-15T01:05:00Z", "processType": "complaint", "previousState": "ACTIVE",
             "businessNumber": "TS20260915-0001", "instanceStatus": "ACTIVE", "calendarVersion": "CN-2026.1",
             "requiredOutputs": [], "responsibleDepartment": "customer-service", "cooperatingDepartments": []}""";

    @Test
    void relay_rate_on_a_backlog_as_dead_rows_accumulate() throws Exception {
        int rounds = Integer.getInteger("measure.rounds", 7);
        int backlog = Integer.getInteger("measure.backlog", 20_000);
        try (Connection db = ScriptConnection.open(); Connection report = ScriptConnection.open()) {
            db.setAutoCommit(true);
            if (Boolean.getBoolean("measure.holdSnapshot")) {
                // a long report (or a forgotten session) holds a snapshot: no dead row can be removed, nor its
                // index entry marked dead, so every read through them visits their heap rows
                report.setAutoCommit(false);
                report.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                single(report, "select count(*) from outbox_event");
            }
            int writers = Integer.getInteger("measure.writers", 0);
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> load = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Thread thread = new Thread(() -> writeMeanwhile(writing), "outbox-writer-" + i);
                thread.start();
                load.add(thread);
            }
            System.out.printf("%nBACKLOG %d rows per round, autovacuum %s, snapshot held: %s, writers meanwhile: %d%n", backlog,
                    single(db, "show autovacuum"), Boolean.getBoolean("measure.holdSnapshot"), writers);
            System.out.printf("%-6s %12s %10s %10s %16s %16s%n", "round", "dead before", "seconds", "events/s",
                    "pg ms/1000 ev", "jvm ms/1000 ev");
            for (int round = 1; round <= rounds + (Boolean.getBoolean("measure.vacuum") ? 1 : 0); round++) {
                String label = String.valueOf(round);
                if (round > rounds) {
                    try (Statement vacuum = db.createStatement()) {
                        vacuum.execute("vacuum outbox_event");
                    }
                    label = "vacuum";
                }
                awaitDrained(db, Long.parseLong(single(db, "select coalesce(max(seq), 0) from outbox_event")));
                String dead = single(db, "select n_dead_tup from pg_stat_user_tables where relname = 'outbox_event'");
                long relayBackend = relayBackend(db);
                long pg0 = cpuTicks(relayBackend);
                long jvm0 = cpuTicks(ProcessHandle.current().pid());
                long t0 = System.nanoTime();
                write(db, backlog);
                awaitDrained(db, Long.parseLong(single(db, "select coalesce(max(seq), 0) from outbox_event")));
                double seconds = (System.nanoTime() - t0) / 1e9;
                double pgMs = (cpuTicks(relayBackend) - pg0) * 10.0;
                double jvmMs = (cpuTicks(ProcessHandle.current().pid()) - jvm0) * 10.0;
                System.out.printf("%-6s %12s %10.2f %10.0f %16.1f %16.1f%n", label, dead, seconds, backlog / seconds,
                        pgMs * 1000 / backlog, jvmMs * 1000 / backlog);
            }
            System.out.println();
            writing.set(false);
            for (Thread thread : load) {
                thread.join();
            }
        }
    }

    /**
     * One row per transaction, which holds its insert's lock 2 ms before it commits, as an act does between its
     * outbox insert and its commit: some transaction is nearly always writing to the outbox.
     */
    private static void writeMeanwhile(AtomicBoolean writing) {
        try (Connection connection = ScriptConnection.open()) {
            connection.setAutoCommit(false);
            while (writing.get()) {
                write(connection, 1);
                single(connection, "select pg_sleep(0.002)");
                connection.commit();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Connection db, int rows) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, subject, occurred_at, payload)
                select gen_random_uuid(), 'test.node-state', 'process', gen_random_uuid()::text,
                       'com.handbookflow.process.node-state-changed', 'complaint/ACKNOWLEDGE', clock_timestamp(), cast(? as jsonb)
                from generate_series(1, ?)""")) {
            insert.setString(1, PAYLOAD);
            insert.setInt(2, rows);
            insert.executeUpdate();
        }
    }

    /**
     * Polls the backlog every 50 ms above the relay's position, along the primary key; with {@code -Dmeasure.benchPoll=true} as
     * bin/bench polls it (every 200 ms, {@code sent_at is null} alone, which that index cannot answer).
     */
    private static void awaitDrained(Connection db, long upTo) throws Exception {
        boolean benchPoll = Boolean.getBoolean("measure.benchPoll");
        String count = benchPoll ? "select count(*) from outbox_event where sent_at is null"
                : "select count(*) from outbox_event where seq > (select seq from outbox_relay_position) and seq <= " + upTo
                        + " and sent_at is null and rejected_at is null";
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (!"0".equals(single(db, count))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the relay did not drain the backlog in 10 minutes");
            }
            Thread.sleep(benchPoll ? 200 : 50);
        }
    }

    private static long relayBackend(Connection db) throws Exception {
        String pid;
        while ((pid = single(db, "select max(pid) from pg_stat_activity"
                + " where application_name = 'outbox-relay' and datname = current_database()")) == null) {
            Thread.sleep(50);
        }
        return Long.parseLong(pid);
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    /** utime + stime of a process, in clock ticks (1/100 s). */
    private static long cpuTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
