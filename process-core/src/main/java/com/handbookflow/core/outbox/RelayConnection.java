package com.handbookflow.core.outbox;

import com.handbookflow.core.tracing.TraceContext;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
    /** A sequence value read by {@link #settle}, settled once none of {@link #pendingWriters} writes any more. */
    private long pending;
    private Set<String> pendingWriters;
    /** The outbox's sequence, quoted, once read ({@link #settle}); "" if it cannot tell what is settled. */
    private String sequence;
    /** The position the last read started from ({@code outbox_relay_position}, migration V0_16). */
    private long position;
    /** {@link #settled} as it was before the last read: every row up to it was visible to that read. */
    private long settledBeforeRead;
    /** The last row of the last read that returned any. */
    private long lastRead;
    /** The highest seq read while this connection lasts: above the position, rows up to it may be sent already. */
    private long highestRead;
    /** The last read returned as many rows as asked for: rows above its last one are still to read. */
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
     * The oldest rows neither sent nor set aside, in {@code seq} order: those above the position (every row up to it
     * is sent or set aside, and none can commit below it), read along the primary key past the few marked sent above
     * it since it was last raised (about one batch: it is raised at each batch to what is settled).
     */
    List<Unsent> unsent(int limit) {
        if (highestRead > position) {
            settle(); // the rows read since the position was last raised may now lie below a settled seq
        }
        settledBeforeRead = settled;
        long[] from = {-1};
        List<Unsent> read = run(db -> {
            try (PreparedStatement select = db.prepareStatement("""
                    select p.seq, e.seq, e.event_id, e.topic, e.aggregate_id, e.event_type, e.subject, e.occurred_at,
                           e.payload::text, e.traceparent, e.tracestate
                    from outbox_relay_position p
                    left join lateral (select * from outbox_event e
                                       where e.seq > p.seq and e.sent_at is null and e.rejected_at is null
                                       order by e.seq limit ?) e on true
                    order by e.seq""")) {
                select.setInt(1, limit);
                List<Unsent> rows = new ArrayList<>(limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        from[0] = row.getLong(1);
                        long seq = row.getLong(2);
                        if (row.wasNull()) {
                            continue; // no unsent row: the position alone
                        }
                        OffsetDateTime occurred = row.getObject(8, OffsetDateTime.class);
                        rows.add(new Unsent(seq, row.getObject(3, UUID.class), row.getString(4),
                                row.getString(5), row.getString(6), row.getString(7),
                                occurred == null ? null : occurred.toInstant(), row.getString(9),
                                TraceContext.of(row.getString(10), row.getString(11))));
                    }
                }
                return rows;
            }
        });
        if (from[0] < 0) {
            throw new IllegalStateException("outbox_relay_position has no row (migration V0_16 inserts it)");
        }
        position = from[0];
        lastReadFull = read.size() == limit;
        if (!read.isEmpty()) {
            lastRead = read.get(read.size() - 1).seq();
            highestRead = Math.max(highestRead, lastRead);
        } else {
            markSent(List.of(), null); // drained: the position goes past the rows of the last batches, once settled
        }
        return read;
    }

    /**
     * Where the position may go once every row of the last read is marked: up to its last row if it was full (rows
     * above it are still to read), else as far as every row was visible to it; never above what was settled before
     * the read (a row that took its seq early and commits later must still be found above the position).
     */
    private long raisedPosition() {
        long to = lastReadFull ? Math.min(lastRead, settledBeforeRead) : settledBeforeRead;
        return Math.max(position, to);
    }

    /**
     * Once every row of the last batch is sent or set aside: marks those Kafka acknowledged (if any) sent, and raises
     * the position, in one statement. The mark is a HOT update (migration V0_16: no index names sent_at). The
     * position is raised only from the value the read saw: if operations moved it back meanwhile (a re-queue) it stays
     * there, and the next read starts from it.
     */
    void markSent(List<Long> seqs, Instant now) {
        long from = position;
        long to = raisedPosition();
        boolean mark = !seqs.isEmpty();
        if (!mark && to == from) {
            return;
        }
        String raise = "update outbox_relay_position set seq = ? where seq = ?";
        String sql = !mark ? raise
                : to == from ? "update outbox_event set sent_at = ? where seq = any(?)"
                : "with sent as (update outbox_event set sent_at = ? where seq = any(?)) " + raise;
        int raised = run(db -> {
            try (PreparedStatement update = db.prepareStatement(sql)) {
                int i = 1;
                if (mark) {
                    update.setObject(i++, now.atOffset(ZoneOffset.UTC));
                    update.setArray(i++, db.createArrayOf("bigint", seqs.toArray()));
                }
                if (to != from) {
                    update.setLong(i++, to);
                    update.setLong(i, from);
                }
                return update.executeUpdate();
            }
        });
        if (to != from && raised == 1) {
            position = to;
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
     * privilege to read the sequence there is no value: never settled then, and the position stays where it is
     * (each read goes through every row marked sent above it).
     */
    private void settle() {
        if (sequence == null) {
            // once per connection: the sequence, if it hands out seqs in order (cache 1, increment 1, generated always)
            // and this session may read it; else "" and nothing is ever settled
            Object name = single("""
                    select coalesce((select format('%I.%I', schemaname, sequencename) from pg_sequences
                                     where format('%I.%I', schemaname, sequencename) = pg_get_serial_sequence('outbox_event', 'seq')
                                       and cache_size = 1 and increment_by = 1
                                       and has_sequence_privilege(pg_get_serial_sequence('outbox_event', 'seq'), 'SELECT')
                                       and (select attidentity from pg_attribute
                                            where attrelid = 'outbox_event'::regclass and attname = 'seq') = 'a'), '')""");
            sequence = (String) name;
        }
        if (sequence.isEmpty()) {
            return;
        }
        // One statement, in this order: the sequence's last value, then (the subquery needs it) the writers
        Object[] row = pair("""
                select s.last, (select string_agg(distinct virtualtransaction, ' ') from pg_locks where locktype = 'relation'
                                    and database = (select oid from pg_database where datname = current_database())
                                    and relation = 'outbox_event'::regclass and mode = 'RowExclusiveLock'
                                    and pid is distinct from pg_backend_pid() and s.last is not null)
                from (select case when is_called then last_value end as last from %s) s""".formatted(sequence));
        Object last = row[0];
        Object holders = row[1];
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

    private Object[] pair(String sql) {
        return run(db -> {
            try (PreparedStatement statement = db.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
                result.next();
                return new Object[] {result.getObject(1), result.getObject(2)};
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
                try (Statement plans = connection.createStatement()) {
                    // The read must walk the primary key from the position and stop after a batch of unsent rows. Its
                    // planner, asked for rows where sent_at is null, counts on few of them (a guessed 0.5 % without
                    // statistics, the sent rows' share with them) and would read the whole rest of the table to sort
                    // it; a plan cached while the table was small would be a sequential scan for good. This connection
                    // runs the relay's statements only, each of them a few rows through an index.
                    plans.execute("set enable_seqscan = off; set enable_bitmapscan = off; set jit = off");
                }
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
        // another relay may publish meanwhile and raise the position: the next read starts from it, and nothing
        // is settled until this connection has checked again
        settled = 0;
        settledBeforeRead = 0;
        sequence = null;
        pendingWriters = null;
        highestRead = 0;
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
