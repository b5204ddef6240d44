package com.handbookflow.core.consumer;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;

/**
 * Tells a failure of the way to the database, or a passing conflict, from a refusal of the record. After
 * PostgreSQL restarts, a pooled connection fails once with a broken pipe while a fresh one answers at once;
 * a row another transaction (the scheduler, a second instance) changed first fails the optimistic lock once
 * and applies on the next try. Neither record is poison, and dead-lettering it would lose an acknowledged
 * event (the fault suite saw both after a PostgreSQL restart).
 */
final class TransientFailures {

    private TransientFailures() {
    }

    /**
     * True when a cause is a lost or refused connection (SQLState class 08, 57P: the server shutting down or
     * starting, a socket error, a pool's connection timeout) or a conflict that passes ({@link #isLostRace}).
     */
    static boolean isTransient(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof SocketException || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
                || isRace(cause));
    }

    /**
     * True when a cause is a conflict with another transaction that the next try wins: an optimistic lock that
     * lost its race (the row's version changed), a serialization failure (40001), a deadlock (40P01). Unlike a
     * lost connection, retrying at once is right: the other transaction has finished.
     */
    static boolean isLostRace(Throwable failure) {
        return anyCause(failure, TransientFailures::isRace);
    }

    private static boolean isRace(Throwable cause) {
        return cause instanceof OptimisticLockException || cause instanceof StaleStateException
                || cause instanceof SQLException conflict && conflict.getSQLState() != null
                && (conflict.getSQLState().equals("40001") || conflict.getSQLState().equals("40P01"));
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        // bounded: a cause chain can loop (A caused by B caused by A), and the real cause is never deep
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
