package com.handbookflow.notification.calendar;

import com.handbookflow.core.calendar.CalendarCoverage;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.ScenarioEvents;
import com.handbookflow.notification.deadline.Obligation;
import com.handbookflow.notification.deadline.ObligationTracker;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open rows from before the coverage was kept are judged at start a bounded batch per transaction, not all in one
 * (a million of them ran the service out of heap before it was ready).
 */
@QuarkusTest
class CoverageOfRowsFromBeforeTest {

    @Inject
    MutableClock clock;

    @Inject
    ObligationTracker tracker;

    @Inject
    AssumedCalendarDeadlines assumed;

    @Inject
    DeadlineCoverage coverage;

    @Inject
    EntityManager entityManager;

    private final UUID instance = UUID.randomUUID();

    /** Gone again: other tests' scheduler runs must not find them open (they were never acted on). */
    @AfterEach
    void removeRows() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from obligation where instance_id = :instance")
                .setParameter("instance", instance).executeUpdate());
    }

    @Test
    void rows_without_a_coverage_are_judged_a_batch_per_transaction_until_none_is_left() {
        clock.setShanghai("2026-03-02T09:00");
        QuarkusTransaction.requiringNew().run(() -> {
            IntStream.range(0, 7).forEach(i -> tracker.apply(ScenarioEvents.activated(instance, "TS20260302-7" + i,
                    "NODE" + i, "customer-service", "u7001", shanghai("2026-03-02T09:00"),
                    shanghai("2026-03-0" + (3 + i % 3) + "T09:00"), i % 2 == 0 ? "P1WD" : "PT30M")));
            entityManager.flush();
            entityManager.createNativeQuery("update obligation set calendar_coverage = null where instance_id = :instance")
                    .setParameter("instance", instance).executeUpdate();
        });

        int judged = assumed.judgeRowsFromBefore(3);

        assertTrue(judged >= 7, "judged " + judged);
        List<Obligation> rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from Obligation o where o.instanceId = :instance", Obligation.class)
                .setParameter("instance", instance).getResultList());
        assertEquals(7, rows.size());
        for (Obligation row : rows) {
            CalendarCoverage expected = coverage.of(row);
            assertEquals(expected, row.calendarCoverage(), row.sourceKey());
        }
        assertEquals(0, assumed.judgeRowsFromBefore(3), "a second start finds nothing left to judge");
    }
}
