package com.handbookflow.core.calendar;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.handbookflow.core.calendar.CalendarFixtures.date;
import static com.handbookflow.core.calendar.CalendarFixtures.dates;
import static com.handbookflow.core.calendar.CalendarFixtures.deadline;
import static com.handbookflow.core.calendar.CalendarFixtures.endOfWorkingDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outside the years it has data for, the calendar knows only weekends, and says so. */
class CalendarCoverageTest {

    @Test
    void five_working_days_from_december_30_reach_into_2027_with_a_warning() {
        DeadlineComputation result = deadline("2026-12-30T09:00", "P5WD");

        // 2027-01-01 is a Friday: without 2027 data it counts as a working day.
        assertEquals(endOfWorkingDay("2027-01-06"), result.dueAt());
        assertEquals(dates("2026-12-31", "2027-01-01", "2027-01-04", "2027-01-05", "2027-01-06"), result.workingDays());
        assertEquals(1, result.warnings().size());
        String warning = result.warnings().get(0);
        assertTrue(warning.contains("no data for 2027") && warning.contains("only weekends"), warning);
        assertTrue(warning.contains("缺少 2027 年"), warning);
    }

    @Test
    void a_deadline_inside_2026_has_no_warning() {
        assertEquals(List.of(), deadline("2026-12-28T09:00", "P3WD").warnings());
    }

    @Test
    void a_start_in_2025_that_only_reads_2026_dates_has_no_warning() {
        assertEquals(List.of(), deadline("2025-12-31T09:00", "P1WD").warnings());
    }

    @Test
    void a_calendar_without_files_knows_weekends_only_and_warns() {
        WorkingDayCalendar weekendsOnly = new WorkingDayCalendar(
                CalendarSettings.of(CalendarFixtures.SHANGHAI, CalendarFixtures.SIX_PM, List.of()));

        DeadlineComputation result = weekendsOnly.deadline(CalendarFixtures.shanghai("2026-09-30T09:00"),
                LimitSpec.parse("P1WD"));

        assertEquals(endOfWorkingDay("2026-10-01"), result.dueAt());
        assertEquals("WEEKENDS-ONLY", weekendsOnly.version());
        assertEquals(1, result.warnings().size());
    }

    @Test
    void every_uncovered_year_of_a_range_is_named_once() {
        List<String> warnings = CalendarFixtures.calendar().coverageWarnings(date("2025-06-01"), date("2027-06-01"));

        assertEquals(2, warnings.size());
        assertTrue(warnings.get(0).contains("2025") && warnings.get(1).contains("2027"), warnings.toString());
    }
}
