package com.handbookflow.core.transaction;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that must wait for the caller's transaction to commit, because what it acts on is not visible (or
 * not true) before: waking the outbox relay, taking a stored calendar year into the calendar, planning the
 * deadline scheduler's next look. A rollback runs nothing.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs {@code action} once the current transaction has committed, on the committing thread. */
    public static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
