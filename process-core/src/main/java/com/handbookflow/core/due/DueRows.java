package com.handbookflow.core.due;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;

/**
 * Claiming due rows the way several instances can share: a bounded batch, oldest due first, read
 * through a partial index on the time column, locked {@code FOR UPDATE SKIP LOCKED} so a row held
 * by another instance's transaction is passed over instead of waited for.
 */
public final class DueRows {

    private DueRows() {
    }

    /**
     * Claims up to {@code batch} rows of {@code table} that satisfy {@code pending} and whose
     * {@code timeColumn} is at or before {@code now}. Table, condition and column are constants of
     * the caller, never input.
     */
    @SuppressWarnings("unchecked")
    public static <T> List<T> claim(EntityManager entityManager, Class<T> entity, String table, String pending,
                                    String timeColumn, Instant now, int batch) {
        return entityManager.createNativeQuery("select * from " + table + " where " + pending + " and " + timeColumn
                        + " <= :now order by " + timeColumn + " limit :batch for update skip locked", entity)
                .setParameter("now", now)
                .setParameter("batch", batch)
                .getResultList();
    }

    /** Runs {@code batchInTransaction} in new transactions until a batch comes back short, at most {@code maxBatches} times. */
    public static int drain(Callable<Integer> batchInTransaction, int batchSize, int maxBatches) {
        return repeat(() -> QuarkusTransaction.requiringNew().call(batchInTransaction), batchSize, maxBatches);
    }

    /**
     * Runs {@code batch} until it comes back short, at most {@code maxBatches} times, in no transaction of its own:
     * for a batch that claims in one transaction, calls out with none open, and records in another.
     */
    public static int repeat(IntSupplier batch, int batchSize, int maxBatches) {
        int total = 0;
        for (int i = 0; i < maxBatches; i++) {
            int handled = batch.getAsInt();
            total += handled;
            if (handled < batchSize) {
                break;
            }
        }
        return total;
    }
}
