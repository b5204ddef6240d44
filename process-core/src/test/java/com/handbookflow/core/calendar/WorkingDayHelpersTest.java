package com.handbookflow.core.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.handbookflow.core.calendar.CalendarFixtures.date;
import static com.handbookflow.core.calendar.CalendarFixtures.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The helpers the notification service plans reminders with. */
class WorkingDayHelpersTest {

    private final WorkingDayCalendar calendar = CalendarFixtures.calendar();

    @Test
    void plus_working_days_keeps_the_local_time() {
        assertEquals(shanghai("2026-10-09T10:15"), calendar.plusWorkingDays(shanghai("2026-10-08T10:15"), 1));
        assertEquals(shanghai("2026-10-10T10:15"), calendar.plusWorkingDays(shanghai("2026-10-08T10:15"), 2));
    }

    @Test
    void plus_working_days_skips_weekends_and_holidays() {
        assertEquals(shanghai("2026-03-09T16:00"), calendar.plusWorkingDays(shanghai("2026-03-06T16:00"), 1));
        assertEquals(shanghai("2026-10-08T09:00"), calendar.plusWorkingDays(shanghai("2026-09-30T09:00"), 1));
    }

    @Test
    void minus_one_working_day_before_a_due_time_is_the_previous_working_day() {
        Instant due = calendar.endOfWorkingDay(date("2026-10-08"));

        assertEquals(shanghai("2026-09-30T18:00"), calendar.plusWorkingDays(due, -1));
        assertEquals(shanghai("2026-09-29T18:00"), calendar.plusWorkingDays(due, -2));
    }

    @Test
    void one_working_day_before_the_make_up_saturday_is_friday() {
        assertEquals(shanghai("2026-10-09T18:00"), calendar.plusWorkingDays(shanghai("2026-10-10T18:00"), -1));
    }

    @Test
    void from_a_weekend_the_next_working_day_is_monday_and_the_previous_is_friday() {
        Instant saturday = shanghai("2026-03-07T10:00");

        assertEquals(shanghai("2026-03-09T10:00"), calendar.plusWorkingDays(saturday, 1));
        assertEquals(shanghai("2026-03-06T10:00"), calendar.plusWorkingDays(saturday, -1));
        assertEquals(shanghai("2026-03-10T10:00"), calendar.plusWorkingDays(saturday, 2));
    }

    @Test
    void from_a_holiday_the_count_starts_after_it() {
        assertEquals(shanghai("2026-10-08T10:00"), calendar.plusWorkingDays(shanghai("2026-10-03T10:00"), 1));
        assertEquals(shanghai("2026-09-30T10:00"), calendar.plusWorkingDays(shanghai("2026-10-03T10:00"), -1));
    }

    @Test
    void zero_working_days_is_the_same_instant() {
        Instant sunday = shanghai("2026-03-08T10:00");

        assertEquals(sunday, calendar.plusWorkingDays(sunday, 0));
    }

    @Test
    void plus_working_days_refuses_more_than_a_year_of_working_days() {
        assertThrows(IllegalArgumentException.class, () -> calendar.plusWorkingDays(shanghai("2026-03-08T10:00"), 261));
    }

    @Test
    void the_end_of_a_working_day_is_six_pm_in_shanghai() {
        assertEquals(Instant.parse("2026-10-10T10:00:00Z"), calendar.endOfWorkingDay(date("2026-10-10")));
        assertEquals(CalendarFixtures.SHANGHAI, calendar.zone());
        assertEquals("CN-2026.1", calendar.version());
    }

    @Test
    void days_lists_each_date_of_a_range_with_its_kind() {
        assertEquals(java.util.List.of(DayKind.HOLIDAY, DayKind.WORKING, DayKind.WORKING, DayKind.MAKE_UP_WORKING_DAY,
                        DayKind.WEEKEND),
                calendar.days(date("2026-10-07"), date("2026-10-11")).stream().map(CalendarDay::kind).toList());
    }
}
