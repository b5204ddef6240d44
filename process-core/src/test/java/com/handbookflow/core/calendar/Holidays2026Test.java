package com.handbookflow.core.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static com.handbookflow.core.calendar.CalendarFixtures.date;
import static com.handbookflow.core.calendar.CalendarFixtures.deadline;
import static com.handbookflow.core.calendar.CalendarFixtures.endOfWorkingDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** China's 2026 schedule (State Council notice of 2025-11-04), as the shipped calendar file applies it. */
class Holidays2026Test {

    private final WorkingDayCalendar calendar = CalendarFixtures.calendar();

    @ParameterizedTest(name = "{0} is off from {1} to {2}: one working day from {3} ends on {4}")
    @CsvSource({
            // New Year's Day ends on a Saturday; Sunday January 4 is worked in exchange.
            "元旦, 2026-01-01, 2026-01-03, 2025-12-31, 2026-01-04",
            "春节, 2026-02-15, 2026-02-23, 2026-02-14, 2026-02-24",
            "清明节, 2026-04-04, 2026-04-06, 2026-04-03, 2026-04-07",
            "劳动节, 2026-05-01, 2026-05-05, 2026-04-30, 2026-05-06",
            "端午节, 2026-06-19, 2026-06-21, 2026-06-18, 2026-06-22",
            "中秋节, 2026-09-25, 2026-09-27, 2026-09-24, 2026-09-28",
            "国庆节, 2026-10-01, 2026-10-07, 2026-09-30, 2026-10-08"})
    void each_public_holiday_is_skipped_from_its_first_to_its_last_day(String nameZh, String first, String last,
                                                                       String eve, String firstWorkingDayAfter) {
        DeadlineComputation result = deadline(eve + "T09:00", "P1WD");

        assertEquals(endOfWorkingDay(firstWorkingDayAfter), result.dueAt());
        List<CalendarDay> holidays = result.skippedDays().stream().filter(day -> day.kind() == DayKind.HOLIDAY).toList();
        assertEquals(date(first), holidays.get(0).date(), holidays.toString());
        assertEquals(date(last), holidays.get(holidays.size() - 1).date(), holidays.toString());
        assertEquals(date(last).toEpochDay() - date(first).toEpochDay() + 1, holidays.size(), holidays.toString());
        assertTrue(holidays.stream().allMatch(day -> nameZh.equals(day.nameZh())), holidays.toString());
    }

    @ParameterizedTest(name = "{0} is a make-up working day ({1})")
    @CsvSource({"2026-01-04, 元旦调休上班", "2026-02-14, 春节调休上班", "2026-02-28, 春节调休上班",
            "2026-05-09, 劳动节调休上班", "2026-09-20, 国庆节调休上班", "2026-10-10, 国庆节调休上班"})
    void a_make_up_working_day_counts_although_it_is_a_weekend_day(String isoDate, String nameZh) {
        CalendarDay makeUp = calendar.day(date(isoDate));
        String eve = date(isoDate).minusDays(1) + "T09:00";

        DeadlineComputation result = deadline(eve, "P1WD");

        assertEquals(DayKind.MAKE_UP_WORKING_DAY, makeUp.kind());
        assertEquals(nameZh, makeUp.nameZh());
        assertTrue(calendar.isWorkingDay(date(isoDate)));
        assertEquals(endOfWorkingDay(isoDate), result.dueAt());
        assertEquals(List.of(makeUp), result.makeUpWorkingDays());
        assertEquals(List.of(), result.skippedDays());
    }

    @Test
    void the_calendar_file_lists_33_holidays_and_6_make_up_working_days() {
        assertEquals(2026, CalendarFixtures.CHINA_2026.year());
        assertEquals("CN-2026.1", CalendarFixtures.CHINA_2026.version());
        assertEquals(33, CalendarFixtures.CHINA_2026.holidays().size());
        assertEquals(6, CalendarFixtures.CHINA_2026.makeUpWorkingDays().size());
    }

    @Test
    void a_holiday_on_a_weekend_is_reported_as_the_holiday() {
        CalendarDay saturday = calendar.day(date("2026-01-03"));

        assertEquals(DayKind.HOLIDAY, saturday.kind());
        assertEquals("New Year's Day", saturday.nameEn());
    }

    @Test
    void an_ordinary_weekday_and_an_ordinary_weekend_have_no_name() {
        assertEquals(new CalendarDay(date("2026-03-04"), DayKind.WORKING, null, null), calendar.day(date("2026-03-04")));
        assertEquals(new CalendarDay(date("2026-03-07"), DayKind.WEEKEND, null, null), calendar.day(date("2026-03-07")));
        assertFalse(calendar.isWorkingDay(date("2026-03-07")));
    }
}
