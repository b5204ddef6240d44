package com.handbookflow.notification.deadline;

import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.NotificationLedger;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two instances side by side, a crash before the commit, a lost advance: every notice is told once. */
@QuarkusTest
class ExactlyOnceRemindersTest {

    @Inject
    MutableClock clock;

    @Inject
    ReminderScheduler scheduler;

    @Inject
    ObligationTracker tracker;

    @Inject
    NotificationLedger ledger;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void now() {
        clock.setShanghai("2026-03-02T09:00");
    }

    @Test
    void two_instances_claiming_the_same_due_rows_tell_every_obligation_once() throws Exception {
        UUID instance = openNodes(23);
        clock.setShanghai("2026-03-02T09:30");
        CountDownLatch firstHoldsItsBatch = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        // Instance A claims a batch and keeps its transaction open while instance B scans the same rows.
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            int claimed = scheduler.claimAndActOnBatch();
            firstHoldsItsBatch.countDown();
            assertTrue(release.await(30, TimeUnit.SECONDS));
            return claimed;
        }));
        assertTrue(firstHoldsItsBatch.await(30, TimeUnit.SECONDS));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(scheduler::runDue);
        int secondHandled = second.get(30, TimeUnit.SECONDS);
        release.countDown();
        int firstHandled = first.get(30, TimeUnit.SECONDS);

        assertEquals(23, firstHandled + secondHandled, "the instances shared the rows without overlap");
        List<String> keys = ledger.keys(instance);
        assertEquals(23, keys.size());
        assertEquals(23, new HashSet<>(keys).size());
        assertTrue(keys.stream().allMatch(k -> k.endsWith("/OVERDUE")));
        assertEquals(23, ledger.outboxEvents(instance), "one event per notice on notification.events");

        // Both instances run again: nothing is due, nothing is told.
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(scheduler::runDue);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(scheduler::runDue);
        a.get(30, TimeUnit.SECONDS);
        b.get(30, TimeUnit.SECONDS);
        assertEquals(23, ledger.keys(instance).size());
    }

    @Test
    void a_crash_before_the_commit_tells_nothing_and_the_restart_tells_each_notice_once() {
        UUID instance = openNodes(3);
        clock.setShanghai("2026-03-02T09:30");

        try {
            QuarkusTransaction.requiringNew().run(() -> {
                scheduler.claimAndActOnBatch();
                throw new SimulatedCrash();
            });
        } catch (SimulatedCrash expected) {
            // the process died between acting and committing
        }
        assertEquals(List.of(), ledger.notices(instance), "nothing recorded");
        assertEquals(0, ledger.outboxEvents(instance), "nothing queued for the topic");

        scheduler.runDue();
        assertEquals(3, ledger.keys(instance).size());
        assertEquals(3, ledger.outboxEvents(instance));
    }

    @Test
    void a_row_acted_on_again_with_stale_state_is_not_told_twice() {
        UUID instance = openNodes(1);
        clock.setShanghai("2026-03-02T09:30");
        scheduler.runDue();
        assertEquals(List.of("OVERDUE RESPONSIBLE u7001"), ledger.notices(instance));

        // As if the advance of the row had been lost after the notice went out.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update obligation set overdue_noticed = false, next_action_at = due_at where instance_id = :id")
                .setParameter("id", instance).executeUpdate());
        scheduler.runDue();

        assertEquals(List.of("OVERDUE RESPONSIBLE u7001"), ledger.notices(instance), "the key refuses a second notice");
        assertEquals(1, ledger.outboxEvents(instance), "and no second event");
    }

    /** Opens {@code count} nodes of one complaint, each due at 09:30 (30-minute limit). */
    private UUID openNodes(int count) {
        UUID instance = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> IntStream.range(0, count).forEach(i -> tracker.apply(
                ScenarioEvents.activated(instance, "TS20260302-1" + i, "NODE" + i, "customer-service", "u7001",
                        shanghai("2026-03-02T09:00"), shanghai("2026-03-02T09:30"), "PT30M"))));
        return instance;
    }

    private static final class SimulatedCrash extends RuntimeException {
    }
}
