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
}
