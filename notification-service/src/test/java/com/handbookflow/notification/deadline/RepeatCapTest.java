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
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Repeats of one item back off (defaults: {@code repeat-backoff=true}, {@code max-repeats-per-day=6}), while
 * the escalation ladder climbs on its own schedule. The clock is injected and walked in ten-minute steps.
 */
@QuarkusTest
class RepeatCapTest {

    @Inject
    MutableClock clock;

    @Inject
    ReminderScheduler scheduler;

    @Inject
    NotificationLedger ledger;

    @Inject
    ObligationTracker tracker;

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
    void an_unanswered_ten_minute_response_is_chased_at_its_own_interval_then_doubling_at_most_six_times_a_day_and_escalated_regardless() {
        UUID complaint = UUID.randomUUID();
        // ACKNOWLEDGE: PT10M limit, reminded every PT10M, department head after PT30M, leader in charge after PT2H.
        var acknowledge = ScenarioEvents.activated(complaint, "TS20260302-0701", "ACKNOWLEDGE", "quality", "u7001",
                shanghai("2026-03-02T09:00"), shanghai("2026-03-02T09:10"), "PT10M");
        events.send(acknowledge);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(List.of("ACKNOWLEDGE:OPEN"), ledger.obligations(complaint)));

        for (LocalDateTime t = LocalDateTime.parse("2026-03-02T09:00"); !t.isAfter(LocalDateTime.parse("2026-03-04T08:00"));
             t = t.plusMinutes(10)) {
            clock.setShanghai(t.toString());
            scheduler.runDue();
        }

        List<String> told = ledger.noticeTimes(complaint);
        assertEquals(List.of(
                        "REMINDER RESPONSIBLE 2026-03-02T09:20", // one interval (10 min) after due
                        "REMINDER RESPONSIBLE 2026-03-02T09:40", // then 20 min
                        "REMINDER RESPONSIBLE 2026-03-02T10:20", // 40
                        "REMINDER RESPONSIBLE 2026-03-02T11:40", // 80
                        "REMINDER RESPONSIBLE 2026-03-02T14:20", // 160
                        "REMINDER RESPONSIBLE 2026-03-02T19:40", // 320: the sixth of the day, the last allowed
                        "REMINDER RESPONSIBLE 2026-03-03T06:20", // 640
                        "REMINDER RESPONSIBLE 2026-03-04T03:40"), // 1280; from now on once a day
                told.stream().filter(n -> n.startsWith("REMINDER")).toList());
        assertEquals(List.of(
                        "ESCALATION DEPARTMENT_HEAD 2026-03-02T09:40",
                        "ESCALATION LEADER_IN_CHARGE 2026-03-02T11:10"),
                told.stream().filter(n -> n.startsWith("ESCALATION")).toList(),
                "the ladder climbs on its own schedule, however the repeats back off");
        // done at last: later tests find nothing of it overdue
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> tracker.apply(
                ScenarioEvents.completed(acknowledge, clock.instant())));
    }

    @Test
    void more_repeats_than_a_day_allows_wait_for_midnight() {
        RepeatCap fourADay = new RepeatCap(false, 4);
        Offset every = Offset.parseOrNone("PT1H");
        var calendar = new com.handbookflow.core.calendar.WorkingDayCalendar(
                com.handbookflow.core.calendar.CalendarSettings.of(MutableClock.SHANGHAI, java.time.LocalTime.of(18, 0),
                        List.of()));
        assertEquals(shanghai("2026-03-02T22:00"), fourADay.repeatAt(every, shanghai("2026-03-02T18:00"), 4, calendar));
        assertEquals(shanghai("2026-03-03T00:00"), fourADay.repeatAt(every, shanghai("2026-03-02T18:00"), 5, calendar),
                "the fifth of the day waits for midnight");
        assertEquals(shanghai("2026-03-03T01:00"), fourADay.repeatAt(every, shanghai("2026-03-02T18:00"), 6, calendar));
    }
}
