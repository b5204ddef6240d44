package com.handbookflow.core.inbox;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure of the way to the database from a refusal of the record. After PostgreSQL restarts, a
 * pooled connection fails once with a broken pipe while a fresh one answers at once: that record is not
 * poison, and dead-lettering it would lose an acknowledged event.
 */
final class ConnectionFailures {

    private ConnectionFailures() {
    }

    /**
     * True when a cause is a lost or refused connection: SQLState class 08 (connection exception), 57P
     * (the server shutting down or starting), a socket error or a pool's connection timeout.
     */
    static boolean isConnectionFailure(Throwable failure) {
        // bounded: a cause chain can loop (A caused by B caused by A), and the real cause is never deep
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof SocketException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
