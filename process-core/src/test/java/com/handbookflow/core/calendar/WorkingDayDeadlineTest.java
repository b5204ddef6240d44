package com.handbookflow.core.calendar;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.handbookflow.core.calendar.CalendarFixtures.date;
import static com.handbookflow.core.calendar.CalendarFixtures.dates;
import static com.handbookflow.core.calendar.CalendarFixtures.deadline;
import static com.handbookflow.core.calendar.CalendarFixtures.endOfWorkingDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** P<n>WD: due at 18:00 Asia/Shanghai of the n-th working day after the start's date. */
class WorkingDayDeadlineTest {

    @Test
    void one_working_day_from_a_tuesday_ends_on_wednesday_evening() {
        DeadlineComputation result = deadline("2026-03-03T09:00", "P1WD");

        assertEquals(endOfWorkingDay("2026-03-04"), result.dueAt());
        assertEquals(1, result.workingDaysCounted());
        assertEquals(dates("2026-03-04"), result.workingDays());
        assertEquals(List.of(), result.skippedDays());
    }

    @Test
    void three_working_days_from_a_thursday_skip_the_weekend() {
        DeadlineComputation result = deadline("2026-03-05T10:00", "P3WD");

        assertEquals(endOfWorkingDay("2026-03-10"), result.dueAt());
        assertEquals(dates("2026-03-06", "2026-03-09", "2026-03-10"), result.workingDays());
        assertEquals(List.of(
                new CalendarDay(date("2026-03-07"), DayKind.WEEKEND, null, null),
                new CalendarDay(date("2026-03-08"), DayKind.WEEKEND, null, null)), result.skippedDays());
    }

    @Test
    void three_working_days_from_the_eve_of_national_day_end_on_the_make_up_saturday_october_10() {
        // Oct 1-7 off; Oct 8 (Thu) and Oct 9 (Fri) count, and so does Oct 10, a Saturday worked in exchange.
        DeadlineComputation result = deadline("2026-09-30T09:00", "P3WD");

        assertEquals(endOfWorkingDay("2026-10-10"), result.dueAt());
        assertEquals(dates("2026-10-08", "2026-10-09", "2026-10-10"), result.workingDays());
        assertEquals(dates("2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06",
                "2026-10-07"), result.skippedDays().stream().map(CalendarDay::date).toList());
        assertTrue(result.skippedDays().stream().allMatch(day -> day.kind() == DayKind.HOLIDAY
                && "国庆节".equals(day.nameZh()) && "National Day".equals(day.nameEn())), result.skippedDays().toString());
        assertEquals(List.of(new CalendarDay(date("2026-10-10"), DayKind.MAKE_UP_WORKING_DAY, "国庆节调休上班",
                "National Day make-up working day")), result.makeUpWorkingDays());
    }

    @Test
    void two_working_days_from_the_eve_of_national_day_end_on_october_9() {
        assertEquals(endOfWorkingDay("2026-10-09"), deadline("2026-09-30T09:00", "P2WD").dueAt());
    }

    @Test
    void a_start_late_in_the_evening_counts_from_the_next_date_like_a_morning_start() {
        assertEquals(endOfWorkingDay("2026-03-04"), deadline("2026-03-03T23:59", "P1WD").dueAt());
        assertEquals(endOfWorkingDay("2026-03-04"), deadline("2026-03-03T00:00", "P1WD").dueAt());
        assertEquals(endOfWorkingDay("2026-03-05"), deadline("2026-03-04T00:01", "P1WD").dueAt());
    }

    @Test
    void a_start_after_six_pm_still_does_not_count_its_own_date() {
        assertEquals(endOfWorkingDay("2026-03-04"), deadline("2026-03-03T19:30", "P1WD").dueAt());
    }

    @Test
    void a_start_on_a_holiday_counts_from_the_first_working_day_after_it() {
        DeadlineComputation result = deadline("2026-10-03T10:00", "P1WD");

        assertEquals(endOfWorkingDay("2026-10-08"), result.dueAt());
        assertEquals(dates("2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"),
                result.skippedDays().stream().map(CalendarDay::date).toList());
    }

    @Test
    void a_start_on_a_weekend_counts_from_monday() {
        assertEquals(endOfWorkingDay("2026-03-09"), deadline("2026-03-07T15:00", "P1WD").dueAt());
    }

    @Test
    void the_start_date_is_read_in_the_calendar_zone_not_in_utc() {
        // 2026-03-03T17:00Z is already Wednesday 01:00 in Shanghai.
        DeadlineComputation result = CalendarFixtures.calendar()
                .deadline(java.time.Instant.parse("2026-03-03T17:00:00Z"), LimitSpec.parse("P1WD"));

        assertEquals(endOfWorkingDay("2026-03-05"), result.dueAt());
    }

    @Test
    void the_computation_names_the_limit_and_the_calendar_version() {
        DeadlineComputation result = deadline("2026-03-03T09:00", "p3wd");

        assertEquals("P3WD", result.limit());
        assertEquals("CN-2026.1", result.calendarVersion());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void the_end_of_the_working_day_is_configurable() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(CalendarSettings.of(CalendarFixtures.SHANGHAI,
                java.time.LocalTime.of(17, 30), List.of(CalendarFixtures.CHINA_2026)));

        assertEquals(CalendarFixtures.shanghai("2026-03-04T17:30"),
                calendar.deadline(CalendarFixtures.shanghai("2026-03-03T09:00"), LimitSpec.parse("P1WD")).dueAt());
    }

    @Test
    void the_longest_working_day_limit_is_computed_day_by_day_within_about_a_year() {
        DeadlineComputation result = deadline("2026-01-05T09:00", "P260WD");

        assertEquals(260, result.workingDaysCounted());
        assertEquals(260, result.workingDays().size());
        assertTrue(result.dueAt().isAfter(endOfWorkingDay("2026-12-31")), result.dueAt().toString());
    }
}
