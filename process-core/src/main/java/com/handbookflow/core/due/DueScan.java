package com.handbookflow.core.due;

import java.time.Instant;

/**
 * State that changes by itself when a time passes, e.g. a project task becomes DELAYED at its
 * deadline. A scenario registers one as a CDI bean; {@link DueScans} claims the due rows in bounded
 * batches ({@code FOR UPDATE SKIP LOCKED}, so instances side by side take disjoint rows), each batch
 * in its own transaction, and hands each row to {@link #onDue}.
 *
 * @param <T> the entity of the table's rows
 */
public interface DueScan<T> {

    /** Names the scan in logs and for {@link DueScans#run(String)}. */
    String name();

    Class<T> entity();

    /** The table of {@link #entity()}; a constant of the scan, never input. */
    String table();

    /**
     * The SQL condition of rows still waiting for their time, e.g. {@code status in ('PENDING', 'IN_PROGRESS')};
     * best backed by a partial index on {@link #dueColumn()} with the same condition.
     */
    String pending();

    /** The timestamptz column holding when a row falls due. */
    String dueColumn();

    /**
     * Acts on a row whose time has come, in the batch's transaction. It must take the row out of
     * {@link #pending()} (or move its due instant past {@code now}), or the next batch claims it again.
     */
    void onDue(T row, Instant now);
}
