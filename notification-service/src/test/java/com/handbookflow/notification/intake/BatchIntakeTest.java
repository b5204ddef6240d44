package com.handbookflow.notification.intake;

import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A polled batch reads its open obligations once: events later in the batch must still see what
 * earlier ones opened and closed, in order, and a repeated event is applied once.
 */
@QuarkusTest
class BatchIntakeTest {

    /** A department no other test registers webhooks or counts notices for: the rows stay open after the test. */
    private static final String DEPARTMENT = "batch-intake-test";

    @Inject
    EventIntake intake;

    @Inject
    MutableClock clock;

    @Inject
    EntityManager entityManager;

    @Test
    void one_batch_opens_closes_and_reopens_the_same_obligation_in_order() {
        clock.setShanghai("2026-03-02T09:00");
        UUID instance = UUID.randomUUID();
        NodeStateChanged opened = ScenarioEvents.activated(instance, "TS20260302-7001", "acknowledgement",
                DEPARTMENT, "batch-u1", shanghai("2026-03-02T09:00"), shanghai("2026-03-02T09:10"), "PT10M");
        NodeStateChanged moved = ScenarioEvents.reassigned(opened, "batch-u2", shanghai("2026-03-02T09:20"),
                shanghai("2026-03-02T09:01"));
        NodeStateChanged done = ScenarioEvents.completed(opened, shanghai("2026-03-02T09:02"));
        NodeStateChanged again = ScenarioEvents.activated(instance, "TS20260302-7001", "acknowledgement",
                DEPARTMENT, "batch-u3", shanghai("2026-03-02T09:03"), shanghai("2026-03-02T09:30"), "PT10M");
        NodeStateChanged other = ScenarioEvents.activated(instance, "TS20260302-7001", "registration",
                DEPARTMENT, "batch-u1", shanghai("2026-03-02T09:03"), shanghai("2026-03-02T10:00"), "PT1H");

        int applied = QuarkusTransaction.requiringNew().call(() -> intake.applyAll(List.of(
                event(opened), event(moved), event(opened), event(done), event(again), event(other))));

        assertEquals(5, applied, "the repeated event is applied once");
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select o.itemKey, o.cycle, o.status, o.responsiblePerson from Obligation o"
                                + " where o.instanceId = :instance order by o.itemKey, o.cycle", Object[].class)
                .setParameter("instance", instance).getResultList());
        assertEquals(List.of("acknowledgement 1 CLOSED batch-u2", "acknowledgement 2 OPEN batch-u3",
                        "registration 1 OPEN batch-u1"),
                rows.stream().map(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3]).toList());
    }

    @Test
    void a_batch_reopening_a_key_closed_by_an_earlier_batch_opens_the_cycle_after_the_databases_latest() {
        clock.setShanghai("2026-03-02T09:00");
        UUID instance = UUID.randomUUID();
        NodeStateChanged opened = ScenarioEvents.activated(instance, "TS20260302-7002", "acknowledgement",
                DEPARTMENT, "batch-u1", shanghai("2026-03-02T09:00"), shanghai("2026-03-02T09:10"), "PT10M");
        NodeStateChanged done = ScenarioEvents.completed(opened, shanghai("2026-03-02T09:02"));
        NodeStateChanged again = ScenarioEvents.activated(instance, "TS20260302-7002", "acknowledgement",
                DEPARTMENT, "batch-u3", shanghai("2026-03-02T09:03"), shanghai("2026-03-02T09:30"), "PT10M");

        for (NodeStateChanged change : List.of(opened, done, again)) { // three batches, one event each
            QuarkusTransaction.requiringNew().call(() -> intake.applyAll(List.of(event(change))));
        }

        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select o.cycle, o.status from Obligation o where o.instanceId = :instance order by o.cycle",
                        Object[].class)
                .setParameter("instance", instance).getResultList());
        assertEquals(List.of("1 CLOSED", "2 OPEN"), rows.stream().map(r -> r[0] + " " + r[1]).toList());
    }

    private static IncomingEvent event(NodeStateChanged change) {
        return new IncomingEvent(change.eventId().toString(), change.type(), change, "complaint.node-state", 0, 0);
    }
}
