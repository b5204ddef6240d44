package com.handbookflow.notification.deadline;

import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.NotificationLedger;
import com.handbookflow.notification.ScenarioEvents;
import com.handbookflow.notification.intake.EventIntake;
import com.handbookflow.notification.intake.IncomingEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An event about an obligation and the deadline scheduler's turn on it do not race: the scheduler passes over a row
 * an event is being applied to, and an event waits for the scheduler's turn and applies on what it committed. (When
 * they raced, a batch of 200 events failed on a changed version again and again for minutes.)
 */
@QuarkusTest
class EventsBesideTheSchedulerTest {

    /** A day no other test's rows fall due on or before, so the scheduler's batch holds only this test's row. */
    private static final String MONDAY = "2024-03-04T";

    @Inject
    MutableClock clock;

    @Inject
    ReminderScheduler scheduler;

    @Inject
    ObligationTracker tracker;

    @Inject
    EventIntake intake;

    @Inject
    NotificationLedger ledger;

    @Inject
    EntityManager entityManager;

    private final List<NodeStateChanged> opened = new ArrayList<>();

    /** Its nodes complete: other tests' scheduler runs must not find this test's rows due. */
    @AfterEach
    void completeNodes() {
        QuarkusTransaction.requiringNew().run(() -> opened.forEach(active -> tracker.apply(
                ScenarioEvents.completed(active, clock.instant()))));
        opened.clear();
    }

    @Test
    void the_scheduler_passes_over_a_due_row_while_an_event_about_it_is_applied_and_tells_it_after() throws Exception {
        NodeStateChanged opened = openNodeDueAt0930();
        clock.setShanghai(MONDAY + "09:30");
        CountDownLatch eventHoldsTheRow = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Void> applying = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            tracker.lookUp(List.of(ObligationTracker.sourceKey(opened)));
            eventHoldsTheRow.countDown();
            awaitQuietly(release);
        }));
        assertTrue(eventHoldsTheRow.await(30, TimeUnit.SECONDS));
        scheduler.runDue();
        assertEquals(List.of(), ledger.notices(opened.instanceId()), "not told while the event holds the row");

        release.countDown();
        applying.get(30, TimeUnit.SECONDS);
        scheduler.runDue();
        assertEquals(List.of("OVERDUE RESPONSIBLE u1"), ledger.notices(opened.instanceId()), "told on the next turn");
    }

    @Test
    void an_event_about_a_row_the_scheduler_is_acting_on_waits_and_applies_on_what_the_scheduler_committed()
            throws Exception {
        NodeStateChanged opened = openNodeDueAt0930();
        clock.setShanghai(MONDAY + "09:30");
        CountDownLatch schedulerHoldsTheRow = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Integer> acting = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            int claimed = scheduler.claimAndActOnBatch();
            schedulerHoldsTheRow.countDown();
            awaitQuietly(release);
            return claimed;
        }));
        assertTrue(schedulerHoldsTheRow.await(30, TimeUnit.SECONDS));
        NodeStateChanged reassigned = ScenarioEvents.reassigned(opened, "u2", shanghai(MONDAY + "11:00"),
                shanghai(MONDAY + "09:29"));
        CompletableFuture<Integer> applying = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() ->
                intake.applyAll(List.of(new IncomingEvent(reassigned.eventId().toString(), reassigned.type(), reassigned,
                        ScenarioEvents.COMPLAINT_TOPIC, 0, 0)))));
        await().atMost(Duration.ofSeconds(30)).until(this::aTransactionWaitsForARowLock);

        release.countDown();
        assertEquals(1, acting.get(30, TimeUnit.SECONDS), "the scheduler acted on the row");
        assertEquals(1, applying.get(30, TimeUnit.SECONDS), "the event applied after it, without failing");
        assertEquals(List.of("OVERDUE RESPONSIBLE u1"), ledger.notices(opened.instanceId()));
        Obligation row = openRowOf(opened.instanceId());
        assertEquals("u2", row.responsiblePerson(), "the row has the new assignee");
        assertEquals(shanghai(MONDAY + "11:00"), row.dueAt(), "and the new due instant");
    }

    private NodeStateChanged openNodeDueAt0930() {
        clock.setShanghai(MONDAY + "09:00");
        NodeStateChanged opened = ScenarioEvents.activated(UUID.randomUUID(), "TS20240304-0001", "acknowledgement",
                "events-beside-scheduler", "u1", shanghai(MONDAY + "09:00"), shanghai(MONDAY + "09:30"), "PT30M");
        QuarkusTransaction.requiringNew().run(() -> tracker.apply(opened));
        this.opened.add(opened);
        return opened;
    }

    private Obligation openRowOf(UUID instance) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "from Obligation o where o.instanceId = :id and o.status = :open", Obligation.class)
                .setParameter("id", instance).setParameter("open", ObligationStatus.OPEN).getSingleResult());
    }

    private boolean aTransactionWaitsForARowLock() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")
                .getSingleResult()).longValue() > 0);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
