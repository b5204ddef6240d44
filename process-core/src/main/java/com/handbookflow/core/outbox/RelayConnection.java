package com.handbookflow.core.outbox;

import com.handbookflow.core.tracing.TraceContext;
import org.jboss.logging.Logger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The relay's own PostgreSQL connection, outside the pool, and the lock that makes its relay the one
 * relay of the database: a session-level advisory lock, held as long as the connection lasts. Every
 * statement runs in autocommit, so no transaction stays open while the relay waits for Kafka (before, one
 * transaction held a pooled connection from the lock to the marking, "idle in transaction" for each
 * batch's round trip to Kafka). The batch is read and marked on the connection that holds the lock: a
 * statement that succeeds proves the lock is still this relay's (PostgreSQL releases it only when the
 * session ends), so a relay whose connection dropped can neither read nor mark while another publishes.
 * Any failure drops the connection, and with it the lock; the next call connects again and takes the lock
 * if it is free.
 */
final class RelayConnection implements AutoCloseable {

    /** A row to publish, as read from {@code outbox_event}. */
    record Unsent(long seq, UUID eventId, String topic, String aggregateId, String eventType, String subject,
                  Instant occurredAt, String payload, TraceContext trace) {
    }

    /** Advisory lock key shared by every relay on one database ("outbox" in ASCII). */
    static final long LOCK = 0x6F7574626F78L;
    private static final Logger LOG = Logger.getLogger(RelayConnection.class);

    private final OutboxNotifications.Connector connector;
    private Connection connection;
    private boolean locked;
    /**
     * Every seq up to this is settled: its row is committed, and so seen by every later read, or will never
     * be (rolled back). Only ever raised while this connection lasts ({@link #settle}).
     */
    private long settled;
    /**
     * Every row up to this seq is sent or set aside, and none can appear below it: a batch after a full one
     * reads after it instead of through the entries of the rows sent since the last vacuum (each mark leaves
     * one in the unsent index). 0 for the first batch after a wake-up.
     */
    private long resumeAfter;
    /** A sequence value read by {@link #settle}, settled once none of {@link #pendingWriters} writes any more. */
    private long pending;
    private Set<String> pendingWriters;
    /** The last read returned as many rows as asked for: the relay goes on without waiting (a drain). */
    private boolean lastReadFull;

    RelayConnection(OutboxNotifications.Connector connector) {
        this.connector = connector;
    }

    /** Whether this relay holds the lock: true at once while it does, else it tries (connecting first if needed). */
    boolean lock() {
        if (locked) {
            return true;
        }
        locked = Boolean.TRUE.equals(single("select pg_try_advisory_lock(" + LOCK + ")"));
        if (locked) {
            LOG.info("this instance's outbox relay holds the lock of its database and publishes");
        }
        return locked;
    }

    /** Wakes the relay that holds the lock (another instance's) through its listening connection. */
    void wakeHolder() {
        single("select pg_notify('" + OutboxNotifications.CHANNEL + "', '')");
    }

    /**
     * The oldest rows neither sent nor set aside, in {@code seq} order: the same rows as reading from the first
     * row of the table, though a batch that follows a full one starts after {@link #resumeAfter}.
     */
    List<Unsent> unsent(int limit) {
        if (lastReadFull) {
            settle();
        }
        long after = resumeAfter;
        List<Unsent> read = run(db -> {
            try (PreparedStatement select = db.prepareStatement("""
                    select seq, event_id, topic, aggregate_id, event_type, subject, occurred_at, payload::text,
                           traceparent, tracestate
                    from outbox_event where sent_at is null and rejected_at is null and seq > ?
                    order by seq limit ?""")) {
                select.setLong(1, after);
                select.setInt(2, limit);
                List<Unsent> rows = new ArrayList<>(limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        OffsetDateTime occurred = row.getObject(7, OffsetDateTime.class);
                        rows.add(new Unsent(row.getLong(1), row.getObject(2, UUID.class), row.getString(3),
                                row.getString(4), row.getString(5), row.getString(6),
                                occurred == null ? null : occurred.toInstant(), row.getString(8),
                                TraceContext.of(row.getString(9), row.getString(10))));
                    }
                }
                return rows;
            }
        });
        lastReadFull = read.size() == limit;
        if (!lastReadFull) {
            // drained: the relay waits for the next wake-up, whose first batch reads from the start again and so
            // finds a row re-queued by operations (rejected_at set back to null) below the resume point
            resumeAfter = 0;
        }
        return read;
    }

    /**
     * Called once every row of a batch read by {@link #unsent} is marked (sent or set aside): after a full
     * batch the next one starts after its last row, but never above {@link #settled} as it was before the
     * read. A row that took its seq early and committed after the read (so the read did not see it) is above
     * that point, and the next batch still publishes it before any row its aggregate got later.
     */
    void marked(List<Unsent> batch) {
        if (lastReadFull && !batch.isEmpty()) {
            resumeAfter = Math.max(resumeAfter, Math.min(batch.get(batch.size() - 1).seq(), settled));
        }
    }

    /**
     * Raises {@link #settled}. A seq is handed out only by the insert itself ({@code generated always}: no writer
     * takes one beforehand), whose transaction holds ROW EXCLUSIVE on {@code outbox_event} until it ends;
     * {@code pg_locks} lists the locks of every session and of prepared transactions (pid null), each with its
     * transaction's virtual id, never reused. So the sequence's last value read first, then the transactions
     * holding that lock read next: every seq up to the value belongs to one of them or to a transaction that has
     * ended. Once none of them holds the lock any more (at once, or at a later batch's check while others write),
     * every seq up to the value is settled: committed, and so seen by every later read, or never will be. With a
     * sequence cache or increment above 1 a session could hand out a lower value later, and without the
     * privilege to read the sequence there is no value: never settled then, and each batch reads from the start
     * as before.
     */
    private void settle() {
        Object last = single("""
                select case when (select attidentity from pg_attribute
                                  where attrelid = 'outbox_event'::regclass and attname = 'seq') = 'a'
                       then (select last_value from pg_sequences
                             where format('%I.%I', schemaname, sequencename) = pg_get_serial_sequence('outbox_event', 'seq')
                               and cache_size = 1 and increment_by = 1) end""");
        Object holders = single("""
                select string_agg(distinct virtualtransaction, ' ') from pg_locks where locktype = 'relation'
                    and database = (select oid from pg_database where datname = current_database())
                    and relation = 'outbox_event'::regclass and mode = 'RowExclusiveLock'
                    and pid is distinct from pg_backend_pid()""");
        Set<String> writing = holders == null ? Set.of() : Set.copyOf(Arrays.asList(((String) holders).split(" ")));
        if (pendingWriters != null && Collections.disjoint(pendingWriters, writing)) {
            settled = Math.max(settled, pending);
            pendingWriters = null;
        }
        if (last != null && pendingWriters == null) {
            pending = ((Number) last).longValue();
            pendingWriters = writing;
            if (writing.isEmpty()) {
                settled = Math.max(settled, pending);
                pendingWriters = null;
            }
        }
    }

    void markSent(List<Long> seqs, Instant now) {
        run(db -> {
            try (PreparedStatement update = db.prepareStatement("update outbox_event set sent_at = ? where seq = any(?)")) {
                Array array = db.createArrayOf("bigint", seqs.toArray());
                update.setObject(1, now.atOffset(ZoneOffset.UTC));
                update.setArray(2, array);
                return update.executeUpdate();
            }
        });
    }

    void setAside(long seq, String reason, Instant now) {
        run(db -> {
            try (PreparedStatement update = db.prepareStatement(
                    "update outbox_event set rejected_at = ?, rejection = ? where seq = ?")) {
                update.setObject(1, now.atOffset(ZoneOffset.UTC));
                update.setString(2, reason);
                update.setLong(3, seq);
                return update.executeUpdate();
            }
        });
    }

    /**
     * Ends the session, which releases the lock; a holder that stops cleanly first lets the lock go and
     * notifies, so another instance's relay takes over now rather than at its next poll.
     */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            if (locked) {
                single("select pg_advisory_unlock(" + LOCK + "), pg_notify('" + OutboxNotifications.CHANNEL + "', '')");
            }
        } catch (RuntimeException ignored) {
            // the connection is closed either way, which releases the lock
        }
        drop();
    }

    private Object single(String sql) {
        return run(db -> {
            try (PreparedStatement statement = db.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getObject(1);
            }
        });
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try {
            if (connection == null) {
                connection = connector.connect();
                connection.setAutoCommit(true);
            }
            return work.on(connection);
        } catch (SQLException e) {
            drop();
            throw new IllegalStateException("the outbox relay's database connection failed: " + e.getMessage(), e);
        }
    }

    private void drop() {
        Connection lost = connection;
        connection = null;
        locked = false;
        // another relay may publish meanwhile: start again from the first unsent row
        settled = 0;
        pendingWriters = null;
        resumeAfter = 0;
        lastReadFull = false;
        try {
            if (lost != null) {
                lost.close();
            }
        } catch (SQLException ignored) {
            // a connection that failed may fail to close; the server ends the session (and the lock) either way
        }
    }
}
