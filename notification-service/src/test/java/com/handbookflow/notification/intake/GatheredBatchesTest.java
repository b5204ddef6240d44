package com.handbookflow.notification.intake;

import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A burst of one complaint's events published back to back through the real broker is applied in order and each
 * event once, wherever the broker cut the batches (Kafka's fetch settings, {@code notification.consumer.fetch-min-bytes}
 * and {@code fetch-max-wait}, decide the cuts).
 */
@QuarkusTest
class GatheredBatchesTest {

    private static final String DEPARTMENT = "gathered-batches-test";

    @Inject
    MutableClock clock;

    @Inject
    EntityManager entityManager;

    @Test
    void a_burst_of_one_cases_events_is_applied_in_order_and_each_once() {
        clock.setShanghai("2026-03-02T09:00");
        UUID instance = UUID.randomUUID();
        NodeStateChanged opened = ScenarioEvents.activated(instance, "TS20260302-7101", "acknowledgement",
                DEPARTMENT, "gather-u1", shanghai("2026-03-02T09:00"), shanghai("2026-03-02T09:10"), "PT10M");
        NodeStateChanged moved = ScenarioEvents.reassigned(opened, "gather-u2", shanghai("2026-03-02T09:20"),
                shanghai("2026-03-02T09:01"));
        NodeStateChanged done = ScenarioEvents.completed(opened, shanghai("2026-03-02T09:02"));
        NodeStateChanged again = ScenarioEvents.activated(instance, "TS20260302-7101", "acknowledgement",
                DEPARTMENT, "gather-u3", shanghai("2026-03-02T09:03"), shanghai("2026-03-02T09:30"), "PT10M");
        NodeStateChanged other = ScenarioEvents.activated(instance, "TS20260302-7101", "registration",
                DEPARTMENT, "gather-u1", shanghai("2026-03-02T09:03"), shanghai("2026-03-02T10:00"), "PT1H");

        try (ScenarioEvents events = new ScenarioEvents()) {
            for (NodeStateChanged change : List.of(opened, moved, opened, done, again, other)) { // opened twice: redelivered
                events.send(change);
            }
        }

        List<String> expected = List.of("acknowledgement 1 CLOSED gather-u2", "acknowledgement 2 OPEN gather-u3",
                "registration 1 OPEN gather-u1");
        await().atMost(Duration.ofSeconds(30)).until(() -> obligationsOf(instance).equals(expected));
        long applied = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from processed_event where event_id in (:ids)")
                .setParameter("ids", List.of(opened, moved, done, again, other).stream()
                        .map(e -> e.eventId().toString()).toList())
                .getSingleResult()).longValue());
        assertEquals(5, applied, "each event recorded once, the redelivered one too");
    }

    private List<String> obligationsOf(UUID instance) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select o.itemKey, o.cycle, o.status, o.responsiblePerson from Obligation o"
                                + " where o.instanceId = :instance order by o.itemKey, o.cycle", Object[].class)
                .setParameter("instance", instance).getResultList());
        return rows.stream().map(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3]).toList();
    }
}
