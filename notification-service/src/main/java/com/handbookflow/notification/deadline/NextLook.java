package com.handbookflow.notification.deadline;

import com.handbookflow.core.transaction.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * When the scheduler looks for due rows next: at the earliest due instant it knows of, and never later than its
 * period after the last look. A fixed period made every notice wait for the next tick (up to a whole period, half
 * of it on average); waking at the due instant itself leaves only the work. The period remains for what this
 * instance cannot hear of: rows another instance or a person's SQL scheduled.
 */
@ApplicationScoped
public class NextLook {

    private static final String PENDING = NextLook.class.getName() + "/earliest";

    private final TransactionSynchronizationRegistry transactions;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** The instant of the next look; null before the first pass has planned one. */
    private Instant at;
    /** The earliest due instant heard of since the current pass began, which the pass's own reading may have missed. */
    private Instant heardDuringPass;
    private boolean stopped;

    NextLook(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** A pass begins: what is heard from now on counts against what the pass reads from the table. */
    void passBegins() {
        lock.lock();
        try {
            heardDuringPass = null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * After a pass: look next at the earliest due instant still in the table, at once if that has come already,
     * at the latest one period after {@code now}; a due instant heard of during the pass wins if earlier.
     */
    void plan(Instant earliestDue, Instant now, Duration period) {
        lock.lock();
        try {
            at = earliest(earliest(now.plus(period), earliestDue), heardDuringPass);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A row of this transaction falls due at {@code dueAt}: once the transaction commits (before, the scheduler's
     * claim would not see the row), the next look comes no later than that instant.
     */
    public void scheduled(Instant dueAt) {
        if (dueAt == null) {
            return;
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            heard(dueAt);
            return;
        }
        Instant[] pending = (Instant[]) transactions.getResource(PENDING);
        if (pending == null) {
            Instant[] earliest = {dueAt};
            transactions.putResource(PENDING, earliest);
            AfterCommit.run(transactions, () -> heard(earliest[0]));
        } else if (dueAt.isBefore(pending[0])) {
            pending[0] = dueAt;
        }
    }

    /** A committed row falls due at {@code dueAt}. */
    void heard(Instant dueAt) {
        lock.lock();
        try {
            heardDuringPass = earliest(heardDuringPass, dueAt);
            if (at != null && dueAt.isBefore(at)) {
                at = dueAt;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** How long from {@code now} until the next look (zero: look now). */
    Duration waitFrom(Instant now) {
        lock.lock();
        try {
            return at == null || !at.isAfter(now) ? Duration.ZERO : Duration.between(now, at);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until the next look is due on {@code clock}, or until {@link #stop()}; returns false once stopped.
     * Re-reads the plan after every wake-up, so an earlier due instant heard meanwhile shortens the wait.
     */
    boolean awaitNextLook(Clock clock) throws InterruptedException {
        lock.lock();
        try {
            while (!stopped) {
                Duration wait = waitFrom(clock.instant());
                if (wait.isZero()) {
                    return true;
                }
                changed.await(wait.toNanos(), TimeUnit.NANOSECONDS);
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    void stop() {
        lock.lock();
        try {
            stopped = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
