package com.handbookflow.core.housekeeping;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.Instant;

/**
 * Deletes old rows in bounded batches, each in its own short transaction, so housekeeping never
 * holds a long lock or a huge transaction however much has piled up.
 */
public final class Purge {

    private static final int BATCH = 5000;

    private Purge() {
    }

    /** Deletes rows of {@code table} whose {@code timeColumn} is before {@code cutoff}; returns how many. */
    public static long olderThan(EntityManager entityManager, String table, String timeColumn, Instant cutoff) {
        String sql = "delete from " + table + " where ctid in (select ctid from " + table + " where " + timeColumn
                + " < :cutoff limit " + BATCH + ")";
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() ->
                    entityManager.createNativeQuery(sql).setParameter("cutoff", cutoff).executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }

    /**
     * Deletes rows of {@code table} whose {@code timeColumn} is before {@code cutoff} among those whose {@code key}
     * is at most {@code bound}, walking the key's index upwards; returns how many. For a table whose time column has
     * no index (one would cost every update of it) but whose old rows are known to lie up to a key: the walk visits
     * the rows to delete and the few up to the bound that are kept.
     */
    public static long olderThanUpTo(EntityManager entityManager, String table, String key, long bound, String timeColumn,
                                     Instant cutoff) {
        String sql = "with deleted as (delete from " + table + " where " + key + " in (select " + key + " from " + table
                + " where " + key + " > :after and " + key + " <= :bound and " + timeColumn + " < :cutoff order by "
                + key + " limit " + BATCH + ") returning " + key + ") select count(*), coalesce(max(" + key + "), 0) from deleted";
        long total = 0;
        long after = Long.MIN_VALUE;
        long deleted;
        do {
            long from = after;
            Object[] batch = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(sql)
                    .setParameter("after", from).setParameter("bound", bound).setParameter("cutoff", cutoff)
                    .getSingleResult());
            deleted = ((Number) batch[0]).longValue();
            after = ((Number) batch[1]).longValue(); // the next batch starts past the rows this one deleted and kept
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
