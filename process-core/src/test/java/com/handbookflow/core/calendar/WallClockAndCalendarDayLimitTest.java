package com.handbookflow.core.calendar;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.handbookflow.core.calendar.CalendarFixtures.deadline;
import static com.handbookflow.core.calendar.CalendarFixtures.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** PT..: elapsed time; P..D: same local time N days later. Neither looks at weekends or holidays. */
class WallClockAndCalendarDayLimitTest {

    @Test
    void ten_minutes_before_midnight_plus_ten_minutes_is_five_past_midnight_the_next_day() {
        assertEquals(shanghai("2026-03-04T00:05"), deadline("2026-03-03T23:55", "PT10M").dueAt());
    }

    @Test
    void twenty_four_hours_run_through_a_holiday_night() {
        DeadlineComputation result = deadline("2026-09-30T21:00", "PT24H");

        assertEquals(shanghai("2026-10-01T21:00"), result.dueAt());
        assertEquals(0, result.workingDaysCounted());
        assertEquals(List.of(), result.skippedDays());
    }

    @Test
    void one_and_a_half_hours_across_midnight() {
        assertEquals(shanghai("2026-03-04T00:45"), deadline("2026-03-03T23:15", "PT1H30M").dueAt());
    }

    @Test
    void two_calendar_days_keep_the_local_time_even_over_a_holiday() {
        DeadlineComputation result = deadline("2026-09-30T09:00", "P2D");

        assertEquals(shanghai("2026-10-02T09:00"), result.dueAt());
        assertEquals("P2D", result.limit());
        assertEquals(List.of(), result.workingDays());
    }

    @Test
    void elapsed_limits_still_name_the_calendar_version() {
        assertEquals("CN-2026.1", deadline("2026-03-03T09:00", "PT10M").calendarVersion());
    }
}
