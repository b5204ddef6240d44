package com.handbookflow.core.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.handbookflow.core.calendar.CalendarFixtures.deadline;
import static com.handbookflow.core.calendar.CalendarFixtures.endOfWorkingDay;
import static com.handbookflow.core.calendar.CalendarFixtures.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The State Council publishes next year's schedule each November; an administrator loads it without a
 * release. From then on deadlines count its holidays under a new calendar version; a deadline computed
 * before keeps its version and says that it assumed plain weekdays.
 */
class NextYearLoadedAtRunTimeTest {

    static final CalendarYear CHINA_2027 = new CalendarYear(2027, "CN-2027.1", "国务院办公厅通知 (test)",
            List.of(new NamedDay(CalendarFixtures.date("2027-01-01"), "元旦", "New Year's Day")),
            List.of(new NamedDay(CalendarFixtures.date("2027-01-09"), "调休上班", "Make-up working day")));

    @Test
    void before_the_year_is_loaded_a_deadline_running_into_it_assumes_weekdays() {
        WorkingDayCalendar calendar = CalendarFixtures.calendar();
        Instant start = shanghai("2026-12-30T09:00");
        DeadlineComputation due = calendar.deadline(start, LimitSpec.parse("P3WD"));

        // Dec 31, then Friday Jan 1 2027 counted as a working day, then Monday Jan 4
        assertEquals(endOfWorkingDay("2027-01-04"), due.dueAt());
        assertEquals("CN-2026.1", due.calendarVersion());
        assertEquals(CalendarCoverage.ASSUMED_WEEKDAYS, calendar.coverage(start, due));
    }

    @Test
    void once_loaded_new_deadlines_count_its_holidays_under_a_new_version() {
        WorkingDayCalendar calendar = CalendarFixtures.calendar();
        assertTrue(calendar.load(CHINA_2027));
        Instant start = shanghai("2026-12-30T09:00");
        DeadlineComputation due = calendar.deadline(start, LimitSpec.parse("P3WD"));

        // New Year's Day is skipped: Dec 31, Jan 4, Jan 5
        assertEquals(endOfWorkingDay("2027-01-05"), due.dueAt());
        assertEquals("CN-2026.1+CN-2027.1", due.calendarVersion());
        assertEquals(CalendarCoverage.COVERED, calendar.coverage(start, due));
        assertEquals(DayKind.MAKE_UP_WORKING_DAY, calendar.day(CalendarFixtures.date("2027-01-09")).kind());
    }

    @Test
    void a_deadline_computed_before_keeps_its_version_and_still_says_it_assumed_weekdays() {
        WorkingDayCalendar calendar = CalendarFixtures.calendar();
        Instant start = shanghai("2026-12-30T09:00");
        DeadlineComputation before = calendar.deadline(start, LimitSpec.parse("P3WD"));
        calendar.load(CHINA_2027);

        assertEquals(CalendarCoverage.ASSUMED_WEEKDAYS,
                calendar.coverage(start, before.dueAt(), before.limit(), before.calendarVersion()));
        assertEquals(CalendarCoverage.COVERED, calendar.coverage(shanghai("2026-10-09T09:00"),
                deadline("2026-10-09T09:00", "P3WD").dueAt(), "P3WD", "CN-2026.1"));
    }

    @Test
    void loading_the_same_version_again_changes_nothing_and_a_correction_replaces_the_year() {
        WorkingDayCalendar calendar = CalendarFixtures.calendar();
        calendar.load(CHINA_2027);
        assertFalse(calendar.load(CHINA_2027));

        CalendarYear corrected = new CalendarYear(2027, "CN-2027.2", "correction", List.of(), List.of());
        assertTrue(calendar.load(corrected));
        assertEquals("CN-2026.1+CN-2027.2", calendar.version());
        assertTrue(calendar.isWorkingDay(CalendarFixtures.date("2027-01-01")));
        // the replaced version is still understood for deadlines stored with it
        assertEquals(java.util.Set.of(2026, 2027), calendar.yearsOf("CN-2026.1+CN-2027.1"));
    }

    @Test
    void wall_clock_limits_do_not_depend_on_the_calendar() {
        WorkingDayCalendar calendar = CalendarFixtures.calendar();
        Instant start = shanghai("2026-12-31T09:00");
        DeadlineComputation due = calendar.deadline(start, LimitSpec.parse("PT48H"));

        assertEquals(CalendarCoverage.NOT_NEEDED, calendar.coverage(start, due));
    }
}
