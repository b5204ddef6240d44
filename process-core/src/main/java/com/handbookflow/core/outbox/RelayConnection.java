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
import java.util.List;
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

    /** The oldest rows neither sent nor set aside, in {@code seq} order. */
    List<Unsent> unsent(int limit) {
        return run(db -> {
            try (PreparedStatement select = db.prepareStatement("""
                    select seq, event_id, topic, aggregate_id, event_type, subject, occurred_at, payload::text,
                           traceparent, tracestate
                    from outbox_event where sent_at is null and rejected_at is null order by seq limit ?""")) {
                select.setInt(1, limit);
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
        try {
            if (lost != null) {
                lost.close();
            }
        } catch (SQLException ignored) {
            // a connection that failed may fail to close; the server ends the session (and the lock) either way
        }
    }
}
