package com.handbookflow.core.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Not a test: what the outbox costs PostgreSQL per event, insert and relay together. Run against a PostgreSQL
 * cluster of its own ({@code QUARKUS_DATASOURCE_JDBC_URL}), so that the CPU of every process of that cluster
 * (postmaster, its children, the children that ended) read from /proc is this run's only; and a broker of its own
 * ({@code KAFKA_BOOTSTRAP_SERVERS}). Each round runs three phases on the same table, never vacuumed meanwhile:
 * <ul>
 *   <li>steady: {@code measure.rate} (500) events/s for {@code measure.seconds} (10), two events per transaction
 *   written through {@link Outbox#append} (as an act writes them), by two threads;</li>
 *   <li>burst: {@code measure.burst} (10,000) events as fast as four such threads write them;</li>
 *   <li>backlog: 20,000 rows in one SQL statement, then drained.</li>
 * </ul>
 * A phase ends when the relay has published (and marked) all its events, read from the relay's own counter (no
 * query of the measured database). Per phase: events/s, CPU ms per 1,000 events of the whole cluster, of the
 * relay's backend and of this JVM; the outbox's dead rows, HOT share of its updates, and size.
 * {@code ./mvnw -o -B verify -pl process-core -Dtest=OutboxCostMeasurement -Dmeasure=true -Dmeasure.postmaster=PID}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "measure", matches = "true")
class OutboxCostMeasurement {

    private static final String TOPIC = "test.node-state";
    private static final String TEXT = """
            {"actor": {"name": "张敏", "userId": "u1001", "department": "customer-service"}, "dueAt": "2026-09-15T01:10:00Z",
             "limit": "PT10M", "onTime": true, "attempt": 1, "nodeKey": "ACKNOWLEDGE", "outcome": "acknowledged", "outputs": [],
             "newState": "COMPLETED", "override": false, "startedAt": "2026-09-15T01:00:00Z", "attributes": {"channel": "PHONE",
             "urgency": "GENERAL", "problemType": "LOGISTICS_DELAY"}, "nodeNameEn": "First response", "nodeNameZh": "投诉受理（首次响应）",
             "completedAt": "2026-09-15T01:05:00Z", "processType": "complaint", "previousState": "ACTIVE",
             "businessNumber": "TS20260915-0001", "instanceStatus": "ACTIVE", "calendarVersion": "CN-2026.1",
             "requiredOutputs": [], "responsibleDepartment": "customer-service", "cooperatingDepartments": []}""";

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry registry;

    @Test
    void cost_per_event_of_insert_and_relay() throws Exception {
        int rounds = Integer.getInteger("measure.rounds", 3);
        long postmaster = Long.getLong("measure.postmaster");
        try (Connection db = ScriptConnection.open()) {
            db.setAutoCommit(true);
            System.out.printf("%nOUTBOX COST  autovacuum %s, postmaster %d, load average %s%n", single(db, "show autovacuum"),
                    postmaster, Files.readString(Path.of("/proc/loadavg")).trim());
            System.out.printf("%-5s %-8s %7s %8s %9s %12s %12s %12s %10s %7s %9s%n", "round", "phase", "events", "seconds",
                    "events/s", "pg ms/1000", "relay ms/1000", "jvm ms/1000", "dead", "hot %", "size MB");
            for (int round = 1; round <= rounds; round++) {
                phase(db, postmaster, round, "steady", () -> steady(Integer.getInteger("measure.rate", 500),
                        Integer.getInteger("measure.seconds", 10)));
                phase(db, postmaster, round, "burst", () -> burst(Integer.getInteger("measure.burst", 10_000)));
                phase(db, postmaster, round, "backlog", () -> backlog(db, 20_000));
            }
            System.out.println();
        }
    }

    private interface Load {
        long run() throws Exception;
    }

    private void phase(Connection db, long postmaster, int round, String name, Load load) throws Exception {
        try (Statement checkpoint = db.createStatement()) {
            checkpoint.execute("checkpoint"); // each phase starts without pages already logged since the last one
        }
        long relayBackend = Long.parseLong(awaitRelayBackend(db));
        String[] stats0 = single(db, "select n_tup_upd || ' ' || n_tup_hot_upd from pg_stat_user_tables"
                + " where relname = 'outbox_event'").split(" ");
        double published0 = published();
        long pg0 = clusterTicks(postmaster);
        long relay0 = ticks(relayBackend);
        long jvm0 = ticks(ProcessHandle.current().pid());
        long t0 = System.nanoTime();
        long events = load.run();
        while (published() < published0 + events) {
            if (System.nanoTime() - t0 > 600_000_000_000L) {
                throw new IllegalStateException("the relay did not publish the phase's events in 10 minutes");
            }
            LockSupport.parkNanos(5_000_000);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long pg = clusterTicks(postmaster) - pg0;
        long relay = ticks(relayBackend) - relay0;
        long jvm = ticks(ProcessHandle.current().pid()) - jvm0;
        try (Statement flush = db.createStatement()) {
            flush.execute("select pg_stat_force_next_flush()");
        }
        LockSupport.parkNanos(1_100_000_000L); // the relay's backend reports its statistics at most once a second
        String[] stats = single(db, "select n_tup_upd || ' ' || n_tup_hot_upd || ' ' || n_dead_tup from pg_stat_user_tables"
                + " where relname = 'outbox_event'").split(" ");
        long updates = Long.parseLong(stats[0]) - Long.parseLong(stats0[0]);
        long hot = Long.parseLong(stats[1]) - Long.parseLong(stats0[1]);
        System.out.printf("%-5d %-8s %7d %8.2f %9.0f %12.1f %12.1f %12.1f %10s %7.1f %9.1f%n", round, name, events, seconds,
                events / seconds, pg * 10_000.0 / events, relay * 10_000.0 / events, jvm * 10_000.0 / events, stats[2],
                updates == 0 ? 0 : 100.0 * hot / updates,
                Long.parseLong(single(db, "select pg_total_relation_size('outbox_event')")) / 1048576.0);
    }

    /** {@code rate} events/s for {@code seconds}, two per transaction, from two threads. */
    private long steady(int rate, int seconds) throws InterruptedException {
        int threads = 2;
        long interval = 2_000_000_000L * threads / rate; // each thread's period between transactions of two events
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong written = new AtomicLong();
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            long offset = i * interval / threads;
            Thread writer = new Thread(() -> {
                long next = System.nanoTime() + offset;
                while (next < end) {
                    LockSupport.parkNanos(next - System.nanoTime());
                    act();
                    written.addAndGet(2);
                    next += interval;
                }
            });
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join();
        }
        return written.get();
    }

    /** {@code events} events, two per transaction, as fast as four threads write them. */
    private long burst(int events) throws InterruptedException {
        AtomicLong left = new AtomicLong(events / 2);
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread writer = new Thread(() -> {
                while (left.getAndDecrement() > 0) {
                    act();
                }
            });
            writer.start();
            writers.add(writer);
        }
        for (Thread writer : writers) {
            writer.join();
        }
        return events / 2 * 2L;
    }

    private void act() {
        UUID instance = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.append(TOPIC, new OutboxRelayTest.Note(UUID.randomUUID(), instance, TEXT));
            outbox.append(TOPIC, new OutboxRelayTest.Note(UUID.randomUUID(), instance, TEXT));
        });
    }

    private static long backlog(Connection db, int rows) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, subject, occurred_at, payload)
                select gen_random_uuid(), ?, 'test', gen_random_uuid()::text, 'com.handbookflow.test.note', 'note',
                       clock_timestamp(), jsonb_build_object('text', ?::text)
                from generate_series(1, ?)""")) {
            insert.setString(1, TOPIC);
            insert.setString(2, TEXT);
            insert.setInt(3, rows);
            insert.executeUpdate();
        }
        return rows;
    }

    private double published() {
        return registry.get("handbook_outbox_published_events").counter().count();
    }

    private static String awaitRelayBackend(Connection db) throws SQLException {
        String pid;
        while ((pid = single(db, "select max(pid) from pg_stat_activity"
                + " where application_name = 'outbox-relay' and datname = current_database()")) == null) {
            LockSupport.parkNanos(50_000_000);
        }
        return pid;
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    /** utime + stime of the postmaster, of the children it reaped, and of every live child, in clock ticks. */
    private static long clusterTicks(long postmaster) throws IOException {
        long total = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                String[] fields = statFields(process);
                if (fields == null) {
                    continue;
                }
                long pid = Long.parseLong(process.getFileName().toString());
                if (pid == postmaster) {
                    total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                            + Long.parseLong(fields[14]);
                } else if (Long.parseLong(fields[1]) == postmaster) {
                    total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        }
        return total;
    }

    private static String[] statFields(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    /** utime + stime of a process, in clock ticks (1/100 s). */
    private static long ticks(long pid) throws IOException {
        String[] fields = statFields(Path.of("/proc/" + pid));
        return fields == null ? 0 : Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
