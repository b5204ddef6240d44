package com.handbookflow.notification.deadline;

import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.ScenarioEvents;
import com.handbookflow.core.event.NodeStateChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheduler looks when the earliest row falls due, not at its next tick: after a pass it sleeps until the
 * earliest due instant (at most its period), and a row committed meanwhile that falls due sooner wakes it sooner.
 */
@QuarkusTest
class NextLookTest {

    private static final Duration PERIOD = Duration.ofSeconds(1);

    @Inject
    MutableClock clock;

    @Inject
    NextLook nextLook;

    @Inject
    ObligationTracker tracker;

    @Inject
    EntityManager entityManager;

    private Instant now;

    @BeforeEach
    void now() {
        clock.setShanghai("2026-03-02T09:00");
        now = clock.instant();
        nextLook.passBegins();
    }

    @Test
    void after_a_pass_the_next_look_is_at_the_earliest_due_instant() {
        nextLook.plan(now.plusMillis(300), now, PERIOD);

        assertEquals(Duration.ofMillis(300), nextLook.waitFrom(now));
    }

    @Test
    void with_nothing_due_sooner_the_next_look_is_one_period_later() {
        nextLook.plan(now.plus(Duration.ofDays(30)), now, PERIOD);
        assertEquals(PERIOD, nextLook.waitFrom(now));

        nextLook.plan(null, now, PERIOD);
        assertEquals(PERIOD, nextLook.waitFrom(now));
    }

    @Test
    void a_due_instant_already_past_is_looked_at_at_once() throws InterruptedException {
        nextLook.plan(now.minusSeconds(5), now, PERIOD);

        assertEquals(Duration.ZERO, nextLook.waitFrom(now));
        assertTrue(nextLook.awaitNextLook(clock), "returns without waiting");
    }

    @Test
    void a_row_committed_after_the_pass_that_falls_due_sooner_brings_the_next_look_forward() {
        nextLook.plan(null, now, PERIOD);

        NodeStateChanged active = ScenarioEvents.activated(UUID.randomUUID(), "TS20260302-81", "NODE81",
                "customer-service", "u7001", shanghai("2026-03-02T08:00"), now.plusMillis(200), "PT1H");
        QuarkusTransaction.requiringNew().run(() -> {
            tracker.apply(active);
            assertEquals(PERIOD, nextLook.waitFrom(now), "not before the commit: the claim would not see the row");
        });

        assertFalse(nextLook.waitFrom(now).compareTo(Duration.ofMillis(200)) > 0,
                "at its first action, at the latest when it falls due: " + nextLook.waitFrom(now));
        // gone again: other tests' scheduler runs must not find it open (it was never acted on)
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from obligation where instance_id = :instance").setParameter("instance", active.instanceId())
                .executeUpdate());
    }

    @Test
    void a_row_committed_during_a_pass_counts_though_the_pass_read_the_table_before() {
        nextLook.passBegins();
        nextLook.heard(now.plusMillis(100)); // committed after the pass read the earliest due instant

        nextLook.plan(now.plus(Duration.ofDays(30)), now, PERIOD);

        assertEquals(Duration.ofMillis(100), nextLook.waitFrom(now));
    }
}
