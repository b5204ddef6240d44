package com.handbookflow.core.number;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CombinedCounterTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();

    /** The counter row: {@code last = last + n returning last}, with the n of every statement recorded. */
    private final AtomicLong row = new AtomicLong();
    private final List<Integer> statements = Collections.synchronizedList(new ArrayList<>());

    private long take(int n) {
        statements.add(n);
        return row.addAndGet(n);
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void a_lone_caller_takes_one_number_in_one_statement() throws Exception {
        CombinedCounter counter = new CombinedCounter();

        assertEquals(1, counter.next(this::take));
        assertEquals(2, counter.next(this::take));
        assertEquals(List.of(1, 1), statements);
    }

    @Test
    void callers_that_arrive_while_a_statement_runs_are_served_by_the_next_one_in_arrival_order() throws Exception {
        CombinedCounter counter = new CombinedCounter();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Future<Long> first = callers.submit(() -> counter.next(n -> {
            firstRunning.countDown();
            releaseFirst.await(10, TimeUnit.SECONDS);
            return take(n);
        }));
        firstRunning.await(10, TimeUnit.SECONDS);

        // three callers queue, one after the other, while the first statement holds the row
        List<Future<Long>> queued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            queued.add(callers.submit(() -> counter.next(this::take)));
            awaitWaiting(counter, i + 1);
        }
        releaseFirst.countDown();

        assertEquals(1, first.get(10, TimeUnit.SECONDS));
        assertEquals(List.of(2L, 3L, 4L), List.of(queued.get(0).get(10, TimeUnit.SECONDS),
                queued.get(1).get(10, TimeUnit.SECONDS), queued.get(2).get(10, TimeUnit.SECONDS)));
        assertEquals(List.of(1, 3), statements, "one statement for the first caller, one for the three that waited");
    }

    @Test
    void concurrent_callers_get_distinct_consecutive_numbers_and_fewer_statements_than_numbers() throws Exception {
        CombinedCounter counter = new CombinedCounter();
        int callersCount = 16;
        int perCaller = 500;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < callersCount; c++) {
            results.add(callers.submit(() -> {
                start.await();
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < perCaller; i++) {
                    mine.add(counter.next(n -> {
                        Thread.yield(); // a statement takes a while: others arrive meanwhile
                        return take(n);
                    }));
                }
                return mine;
            }));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> r : results) {
            List<Long> mine = r.get(60, TimeUnit.SECONDS);
            for (int i = 1; i < mine.size(); i++) {
                assertTrue(mine.get(i) > mine.get(i - 1), "a caller's later number is larger");
            }
            all.addAll(mine);
        }
        Collections.sort(all);
        assertEquals(LongStream.rangeClosed(1, (long) callersCount * perCaller).boxed().toList(), all,
                "every number handed out once, none skipped");
        assertEquals(callersCount * perCaller, statements.stream().mapToInt(Integer::intValue).sum());
        assertEquals(row.get(), all.get(all.size() - 1), "no number taken beyond those asked for");
    }

    @Test
    void a_failed_statement_fails_its_whole_group_and_the_next_caller_takes_the_row_again() throws Exception {
        CombinedCounter counter = new CombinedCounter();
        SQLException down = new SQLException("connection refused", "08001");
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Future<Long> first = callers.submit(() -> counter.next(n -> {
            firstRunning.countDown();
            releaseFirst.await(10, TimeUnit.SECONDS);
            throw down;
        }));
        firstRunning.await(10, TimeUnit.SECONDS);
        Future<Long> waiting = callers.submit(() -> counter.next(this::take));
        awaitWaiting(counter, 1);
        releaseFirst.countDown();

        Exception firstFailure = assertThrows(Exception.class, () -> unwrap(first));
        assertSame(down, firstFailure);
        assertEquals(1, waiting.get(10, TimeUnit.SECONDS), "the waiting caller ran its own statement after the failure");
        assertEquals(2, counter.next(this::take));
    }

    @Test
    void callers_waiting_on_a_failed_statement_share_its_failure() throws Exception {
        CombinedCounter counter = new CombinedCounter();
        SQLException lost = new SQLException("terminating connection", "57P01");
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch secondRunning = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        Future<Long> first = callers.submit(() -> counter.next(n -> {
            firstRunning.countDown();
            releaseFirst.await(10, TimeUnit.SECONDS);
            return take(n);
        }));
        firstRunning.await(10, TimeUnit.SECONDS);
        // the group that queues behind the first statement: its statement fails
        Future<Long> leader = callers.submit(() -> counter.next(n -> {
            secondRunning.countDown();
            releaseSecond.await(10, TimeUnit.SECONDS);
            throw lost;
        }));
        awaitWaiting(counter, 1);
        Future<Long> follower = callers.submit(() -> counter.next(this::take));
        awaitWaiting(counter, 2);
        releaseFirst.countDown();
        secondRunning.await(10, TimeUnit.SECONDS);
        releaseSecond.countDown();

        assertEquals(1, first.get(10, TimeUnit.SECONDS));
        assertSame(lost, assertThrows(Exception.class, () -> unwrap(leader)));
        assertSame(lost, assertThrows(Exception.class, () -> unwrap(follower)));
        assertEquals(2, counter.next(this::take), "the failed group's numbers were never taken");
    }

    private static long unwrap(Future<Long> future) throws Exception {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    /** Waits until n callers queue behind the running statement (no sleep: the counter says so). */
    private static void awaitWaiting(CombinedCounter counter, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (counter.waiting() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + n + " callers waiting, saw " + counter.waiting());
            }
            Thread.onSpinWait();
        }
    }
}
