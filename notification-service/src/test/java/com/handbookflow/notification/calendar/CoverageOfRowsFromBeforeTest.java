package com.handbookflow.notification.calendar;

import com.handbookflow.core.calendar.CalendarCoverage;
import com.handbookflow.core.paging.PageRequest;
import com.handbookflow.core.paging.PageView;
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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open rows from before the coverage was kept are judged at start a bounded batch per transaction, not all in one
 * (a million of them ran the service out of heap before it was ready); rows from before the calendar version was kept
 * are judged on today's calendar as supervision's list of deadlines on an assumed calendar reads them.
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

    @Test
    void the_deadlines_on_an_assumed_calendar_page_after_page_are_the_whole_list_in_due_order_with_rows_from_before_judged_now() {
        clock.setShanghai("2030-12-27T09:00");
        QuarkusTransaction.requiringNew().run(() -> {
            // the test calendar knows 2026 only: deadlines into 2031 were computed on weekdays alone
            IntStream.range(0, 5).forEach(i -> tracker.apply(ScenarioEvents.activated(instance, "TS20301227-8" + i,
                    "NODE" + i, "quality", "u7002", shanghai("2030-12-27T09:00"),
                    shanghai("2031-01-0" + (2 + i) + "T18:00"), "P3WD")));
            tracker.apply(ScenarioEvents.activated(instance, "TS20260302-89", "NODE9", "quality", "u7002",
                    shanghai("2026-03-02T09:00"), shanghai("2026-03-03T09:00"), "P1WD"));
            entityManager.flush();
            // from before the calendar version was kept: NODE1 not judged yet, NODE9 judged before 2026 was loaded
            entityManager.createNativeQuery("""
                            update obligation set calendar_version = null,
                                   calendar_coverage = case item_key when 'NODE9' then 'ASSUMED_WEEKDAYS' end
                            where instance_id = :instance and item_key in ('NODE1', 'NODE3', 'NODE9')""")
                    .setParameter("instance", instance).executeUpdate();
        });

        PageView<Obligation> whole = assumed.open("complaint", new PageRequest(0, PageRequest.MAX_SIZE));
        assertTrue(whole.totalItems() <= PageRequest.MAX_SIZE, "one page holds the whole list: " + whole.totalItems());
        List<String> ours = whole.items().stream().filter(o -> instance.equals(o.instanceId()))
                .map(Obligation::businessNumber).toList();
        assertEquals(List.of("TS20301227-80", "TS20301227-81", "TS20301227-82", "TS20301227-83", "TS20301227-84"), ours,
                "due first, first listed; a row from before whose years are known now is not listed");

        PageView<Obligation> first = assumed.open("complaint", new PageRequest(0, 2));
        assertEquals(whole.totalItems(), first.totalItems());
        assertTrue(first.totalPages() >= 3, "pages: " + first.totalPages());
        List<UUID> pageAfterPage = new ArrayList<>();
        for (int page = 0; page < first.totalPages(); page++) {
            assumed.open("complaint", new PageRequest(page, 2)).items().forEach(o -> pageAfterPage.add(o.id()));
        }
        assertEquals(whole.items().stream().map(Obligation::id).toList(), pageAfterPage, "each row once, in due order");
        assertEquals(List.of(), assumed.open("complaint", new PageRequest(first.totalPages(), 2)).items(), "past the end");
    }
}
