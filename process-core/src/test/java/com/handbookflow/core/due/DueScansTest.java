package com.handbookflow.core.due;

import com.handbookflow.core.testing.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.handbookflow.core.testing.MutableClock.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The kit's due scan: state that changes by itself when a time passes, run on the injected clock. */
@QuarkusTest
class DueScansTest {

    @Inject
    DueScans scans;

    @Inject
    MutableClock clock;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void nothingPendingFromEarlierTests() {
        clock.setShanghai("2026-06-01T09:00");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery("delete from TestTask").executeUpdate());
    }

    @Test
    void a_task_becomes_delayed_at_its_deadline_and_not_before() {
        UUID page = task("campaign page", "IN_PROGRESS", "2026-06-15T18:00");
        UUID done = task("campaign plan", "DONE", "2026-06-05T18:00");

        clock.setShanghai("2026-06-15T17:59");
        assertEquals(0, scans.run("test-task-delay"));
        assertEquals("IN_PROGRESS", status(page));

        clock.setShanghai("2026-06-15T18:00");
        assertEquals(1, scans.run("test-task-delay"));
        assertEquals("DELAYED", status(page));
        assertEquals("DONE", status(done), "a finished task is never delayed");
        assertEquals(0, scans.run("test-task-delay"), "a delayed task is not claimed again");
    }

    @Test
    void many_due_rows_are_handled_in_bounded_batches_until_none_is_left() {
        for (int i = 0; i < 12; i++) {
            task("task " + i, "PENDING", "2026-06-0" + (1 + i % 5) + "T18:00");
        }
        clock.setShanghai("2026-06-10T09:00");

        assertEquals(12, scans.runDue().get("test-task-delay")); // batches of 5 (test configuration): 5, 5, 2
        assertEquals(12L, count("DELAYED"));
    }

    @Test
    void a_row_another_instance_holds_is_passed_over_not_waited_for() throws Exception {
        UUID held = task("held", "PENDING", "2026-06-02T18:00");
        UUID free = task("free", "PENDING", "2026-06-02T18:00");
        clock.setShanghai("2026-06-03T09:00");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = other.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("select id from test_task where id = :id for update")
                        .setParameter("id", held).getResultList();
                locked.countDown();
                await(release);
            }));
            locked.await(10, TimeUnit.SECONDS);

            assertEquals(1, scans.run("test-task-delay"));
            assertEquals("DELAYED", status(free));
            assertEquals("PENDING", status(held));

            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            assertEquals(1, scans.run("test-task-delay"), "the next run takes it");
        } finally {
            release.countDown();
            other.shutdownNow();
        }
    }

    private UUID task(String name, String status, String deadlineShanghai) {
        Instant deadline = java.time.LocalDateTime.parse(deadlineShanghai).atZone(SHANGHAI).toInstant();
        TestTask task = new TestTask(name, status, deadline);
        QuarkusTransaction.requiringNew().run(() -> entityManager.persist(task));
        return task.id;
    }

    private String status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(TestTask.class, id).status);
    }

    private long count(String status) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select count(t) from TestTask t where t.status = :s", Long.class).setParameter("s", status)
                .getSingleResult());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
