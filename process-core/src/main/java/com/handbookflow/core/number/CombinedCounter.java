package com.handbookflow.core.number;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One counter (a scope and period) shared by the callers of one JVM: while one statement takes numbers
 * from the counter row, the callers that arrive meanwhile wait, and the next statement takes all their
 * numbers at once ({@code last = last + n}), handed out in arrival order. The counter row still decides
 * (other instances take their ranges from the same row), and only the numbers asked for are taken, so a
 * restart leaves no gap; a caller whose statement fails gets the failure, and so does every caller of
 * its group (their numbers were not taken).
 *
 * <p>Why: every number used to be one autocommit upsert, which holds the row lock until its commit's WAL
 * is flushed; at 1,000 registrations a second they queued on the row, and each paid a statement, a
 * commit and a flush. Grouped, a burst of n costs one of each. No thread waits for a group to fill: a
 * statement starts as soon as none is running, so a lone caller pays what it paid before.
 *
 * <p>Leadership passes on: the caller that finds no statement running takes the numbers for everyone
 * waiting (itself included); when it is done it hands the next statement to the first caller that
 * arrived meanwhile, so nobody runs more than one statement for others.
 */
final class CombinedCounter {

    /** Takes {@code n} numbers from the counter row in one statement and returns the last of them. */
    @FunctionalInterface
    interface Allocation {
        long take(int n) throws Exception;
    }

    private List<Caller> waiting = new ArrayList<>();
    private boolean running;

    /** The next number; the statement runs on this thread or on the thread of a caller that came first. */
    long next(Allocation allocation) throws Exception {
        Caller me = new Caller();
        boolean lead;
        synchronized (this) {
            waiting.add(me);
            lead = !running;
            running = true;
        }
        while (true) {
            if (lead) {
                takeForGroup(allocation);
            }
            Object outcome = me.outcome.join();
            if (outcome == Caller.LEAD) {
                lead = true; // its outcome is written by its own statement: a new future before it runs
                me.outcome = new CompletableFuture<>();
                continue;
            }
            if (outcome instanceof Exception failure) {
                throw failure;
            }
            return (Long) outcome;
        }
    }

    private void takeForGroup(Allocation allocation) {
        List<Caller> group;
        synchronized (this) {
            group = waiting;
            waiting = new ArrayList<>();
        }
        try {
            long last = allocation.take(group.size());
            long number = last - group.size() + 1;
            for (Caller caller : group) {
                caller.outcome.complete(number++);
            }
        } catch (Exception e) {
            for (Caller caller : group) {
                caller.outcome.complete(e);
            }
        } catch (Throwable e) {
            for (Caller caller : group) {
                caller.outcome.complete(new IllegalStateException("taking business numbers failed", e));
            }
            throw e;
        } finally {
            synchronized (this) {
                if (waiting.isEmpty()) {
                    running = false;
                } else {
                    waiting.get(0).outcome.complete(Caller.LEAD);
                }
            }
        }
    }

    /** Callers queued behind the running statement (for tests). */
    synchronized int waiting() {
        return waiting.size();
    }

    private static final class Caller {
        static final Object LEAD = new Object();
        /** A Long (the number), an Exception (the group's failure) or LEAD (run the next statement). */
        volatile CompletableFuture<Object> outcome = new CompletableFuture<>();
    }
}
