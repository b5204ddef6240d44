package com.handbookflow.notification.deadline;

import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.NotificationLedger;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A complaint entered late (from another system, or with a wrong date) is long overdue when its
 * deadline arrives here: the missed intervals are caught up with one notice per level, not a storm.
 */
@QuarkusTest
class LateEntryRemindersTest {

    @Inject
    MutableClock clock;

    @Inject
    ReminderScheduler scheduler;

    @Inject
    NotificationLedger ledger;

    private ScenarioEvents events;

    @BeforeEach
    void setUp() {
        clock.setShanghai("2026-03-02T09:00");
        events = new ScenarioEvents();
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void a_response_thirty_days_overdue_gets_one_notice_per_level_and_nothing_more_on_the_next_run() {
        UUID complaint = UUID.randomUUID();
        // The 10-minute response is chased every 10 minutes: 4,320 intervals were missed.
        Instant received = clock.instant().minus(Duration.ofDays(30));
        awaitOpen(complaint, received);

        scheduler.runDue();
        assertEquals(List.of("ESCALATION DEPARTMENT_HEAD -", "ESCALATION LEADER_IN_CHARGE -", "OVERDUE RESPONSIBLE u1001",
                "REMINDER RESPONSIBLE u1001"), sorted(ledger.notices(complaint)), "one notice per level");
        clock.advance(Duration.ofMinutes(1));
        scheduler.runDue();
        assertEquals(4, ledger.notices(complaint).size(), "the next run a minute later tells nothing new");
        clock.advance(Duration.ofMinutes(10));
        scheduler.runDue();
        assertEquals(4, ledger.notices(complaint).size(),
                "ten minutes later nothing: thirty days on, the repeats have backed off to once a day");
        clock.advance(Duration.ofDays(1));
        scheduler.runDue();
        assertEquals(5, ledger.notices(complaint).size(), "a day later, the next reminder");
    }

    @Test
    void a_complaint_dated_in_year_one_does_not_start_a_reminder_storm() {
        UUID complaint = UUID.randomUUID();
        awaitOpen(complaint, Instant.parse("0001-01-01T00:00:00Z"));

        scheduler.runDue();
        scheduler.runDue();
        assertEquals(4, ledger.notices(complaint).size(), "one notice per level, over two runs");
    }

    private void awaitOpen(UUID complaint, Instant received) {
        events.send(ScenarioEvents.activated(complaint, "TS20260302-0901", "ACKNOWLEDGE", "customer-service", "u1001",
                received, received.plus(Duration.ofMinutes(10)), "PT10M"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(List.of("ACKNOWLEDGE:OPEN"), ledger.obligations(complaint)));
    }

    private static List<String> sorted(List<String> notices) {
        return notices.stream().sorted().toList();
    }
}
