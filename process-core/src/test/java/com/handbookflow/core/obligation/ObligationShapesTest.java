package com.handbookflow.core.obligation;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.event.ObligationChanged;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.core.calendar.CalendarFixtures.calendar;
import static com.handbookflow.core.calendar.CalendarFixtures.date;
import static com.handbookflow.core.calendar.CalendarFixtures.endOfWorkingDay;
import static com.handbookflow.core.calendar.CalendarFixtures.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three shapes of an obligation on China's 2026 calendar, without Quarkus. */
class ObligationShapesTest {

    private static final WorkingDayCalendar CALENDAR = calendar();
    private static final Actor AGENT = new Actor("u1001", "张敏", "customer-service");
    private static final ObligationSubject COMPLAINT =
            new ObligationSubject("complaint", UUID.fromString("8a7d0c1e-0000-4000-8000-000000000001"),
                    "TS20260930-0001", Map.of("grade", "MAJOR"));

    // recurring

    @Test
    void each_occurrence_of_a_recurring_obligation_has_the_next_number_in_its_key() {
        RecurringObligation updates = new RecurringObligation("customer-update", "P2D");
        RecurringDuty duty = new RecurringDuty();
        assertFalse(duty.isOwed());

        duty.openNext(shanghai("2026-09-07T09:00"), updates.nextDue(shanghai("2026-09-07T09:00"), CALENDAR).dueAt(),
                CALENDAR.version());
        assertEquals("customer-update-1", updates.key(duty.seq()));
        duty.openNext(shanghai("2026-09-08T15:30"), updates.nextDue(shanghai("2026-09-08T15:30"), CALENDAR).dueAt(),
                CALENDAR.version());
        assertEquals("customer-update-2", updates.key(duty.seq()));
        assertTrue(duty.isOwed());

        duty.stop();
        assertFalse(duty.isOwed());
        assertEquals(2, duty.seq());
    }

    @Test
    void the_next_recurring_due_is_one_interval_after_the_fulfilment_in_calendar_days() {
        RecurringObligation updates = new RecurringObligation("customer-update", "P2D");
        // Calendar days: the National Day holidays do not stop the customer from being owed an update.
        assertEquals(shanghai("2026-10-02T15:30"), updates.nextDue(shanghai("2026-09-30T15:30"), CALENDAR).dueAt());
    }

    @Test
    void a_recurring_obligation_with_an_unreadable_interval_is_refused_at_once() {
        assertThrows(RuntimeException.class, () -> new RecurringObligation("customer-update", "every two days"));
    }

    // calendar cadence

    @Test
    void a_monthly_review_due_on_a_working_day_is_due_that_day() {
        assertEquals(endOfWorkingDay("2026-11-05"),
                CalendarCadence.monthlyBy(5).dueBy(YearMonth.parse("2026-10"), CALENDAR));
    }

    @Test
    void a_monthly_review_due_on_a_public_holiday_moves_to_the_next_working_day() {
        // October 5 is in the National Day holidays (Oct 1-7): the September review is due October 8.
        assertEquals(date("2026-10-08"), CalendarCadence.monthlyBy(5).dueDay(YearMonth.parse("2026-09"), CALENDAR));
        assertEquals(endOfWorkingDay("2026-10-08"),
                CalendarCadence.monthlyBy(5).dueBy(YearMonth.parse("2026-09"), CALENDAR));
    }

    @Test
    void a_cadence_may_keep_a_due_day_off_work_when_told_so() {
        assertEquals(date("2026-10-05"), new CalendarCadence.Monthly(5, CalendarCadence.DayShift.NONE)
                .dueDay(YearMonth.parse("2026-09"), CALENDAR));
    }

    @Test
    void the_weekly_meeting_is_the_next_tuesday_at_ten() {
        CalendarCadence.Weekly meeting = CalendarCadence.weekly(DayOfWeek.TUESDAY, LocalTime.of(10, 0));
        assertEquals(shanghai("2026-09-08T10:00"), meeting.next(shanghai("2026-09-07T09:00"), CALENDAR));
        assertEquals(shanghai("2026-09-08T10:00"), meeting.next(shanghai("2026-09-08T10:00"), CALENDAR));
        assertEquals(shanghai("2026-09-15T10:00"), meeting.next(shanghai("2026-09-08T10:01"), CALENDAR));
    }

    @Test
    void a_weekly_meeting_on_a_holiday_moves_to_the_next_working_day() {
        // Tuesday October 6 is a holiday: the meeting is on Thursday October 8.
        CalendarCadence.Weekly meeting = CalendarCadence.weekly(DayOfWeek.TUESDAY, LocalTime.of(10, 0));
        assertEquals(shanghai("2026-10-08T10:00"), meeting.next(shanghai("2026-09-30T12:00"), CALENDAR));
    }

    @Test
    void the_weekly_report_is_due_24_hours_after_the_meeting() {
        assertEquals(shanghai("2026-09-09T10:00"),
                CalendarCadence.within(Duration.ofHours(24)).dueAfter(shanghai("2026-09-08T10:00")));
    }

    // one-off, and the event every shape publishes

    @Test
    void a_one_off_obligation_opens_and_is_met_on_time_up_to_its_deadline() {
        Obligation measure = Obligation.owed(COMPLAINT, Obligation.numberedKey("improvement-measure", 1),
                        "IMPROVEMENT_MEASURE", "改进措施：约定时效", "Improvement measure: agree delivery times")
                .by("logistics", null)
                .due(shanghai("2026-09-21T15:00"), endOfWorkingDay("2026-09-30"), null, CALENDAR.version());

        ObligationChanged opened = measure.opened(AGENT, shanghai("2026-09-21T15:00"));
        assertEquals(ObligationState.OPEN, opened.state());
        assertEquals("TS20260930-0001/improvement-measure-1", opened.subject());
        assertEquals("logistics", opened.responsibleDepartment());
        assertNull(opened.onTime());
        assertEquals(Map.of("grade", "MAJOR"), opened.attributes());

        ObligationChanged onTime = measure.fulfilled(endOfWorkingDay("2026-09-30"), AGENT, shanghai("2026-09-30T18:00"));
        assertEquals(ObligationState.FULFILLED, onTime.state());
        assertEquals(Boolean.TRUE, onTime.onTime());
        assertEquals(Boolean.FALSE, measure.fulfilled(shanghai("2026-10-08T09:00"), AGENT,
                shanghai("2026-10-08T09:00")).onTime());
        assertEquals(ObligationState.CLOSED, measure.closed(AGENT, shanghai("2026-09-25T09:00")).state());
    }

    @Test
    void obligation_keys_are_numbered_from_one() {
        assertThrows(IllegalArgumentException.class, () -> Obligation.numberedKey("improvement-measure", 0));
    }
}
