package com.handbookflow.core.calendar;

import org.junit.jupiter.api.Test;

import static com.handbookflow.core.calendar.CalendarFixtures.china2026;
import static com.handbookflow.core.calendar.CalendarFixtures.date;
import static com.handbookflow.core.calendar.CalendarFixtures.endOfWorkingDay;
import static com.handbookflow.core.calendar.CalendarFixtures.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** handbook.calendar.extra-holidays / extra-working-days: the company's own days on top of the official ones. */
class CompanyOverridesTest {

    @Test
    void a_company_day_off_is_skipped_like_a_holiday() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(china2026().withExtraHolidays(date("2026-03-06")));

        DeadlineComputation result = calendar.deadline(shanghai("2026-03-05T09:00"), LimitSpec.parse("P1WD"));

        assertEquals(endOfWorkingDay("2026-03-09"), result.dueAt());
        CalendarDay dayOff = result.skippedDays().get(0);
        assertEquals(date("2026-03-06"), dayOff.date());
        assertEquals(DayKind.HOLIDAY, dayOff.kind());
        assertEquals("公司休息日", dayOff.nameZh());
        assertEquals("Company day off", dayOff.nameEn());
    }

    @Test
    void a_company_working_saturday_counts_as_a_working_day() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(china2026().withExtraWorkingDays(date("2026-03-07")));

        DeadlineComputation result = calendar.deadline(shanghai("2026-03-06T09:00"), LimitSpec.parse("P1WD"));

        assertEquals(endOfWorkingDay("2026-03-07"), result.dueAt());
        assertEquals(DayKind.MAKE_UP_WORKING_DAY, result.makeUpWorkingDays().get(0).kind());
        assertEquals("Company working day", result.makeUpWorkingDays().get(0).nameEn());
    }

    @Test
    void a_company_working_day_wins_over_a_public_holiday() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(china2026().withExtraWorkingDays(date("2026-10-02")));

        assertTrue(calendar.isWorkingDay(date("2026-10-02")));
        assertEquals(endOfWorkingDay("2026-10-02"),
                calendar.deadline(shanghai("2026-09-30T09:00"), LimitSpec.parse("P1WD")).dueAt());
    }

    @Test
    void a_company_day_off_wins_over_a_make_up_working_day() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(china2026().withExtraHolidays(date("2026-10-10")));

        assertFalse(calendar.isWorkingDay(date("2026-10-10")));
    }

    @Test
    void a_company_working_day_on_an_ordinary_weekday_changes_nothing_but_the_version() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(china2026().withExtraWorkingDays(date("2026-03-04")));

        assertEquals(DayKind.WORKING, calendar.day(date("2026-03-04")).kind());
    }

    @Test
    void overrides_change_the_calendar_version_so_stored_deadlines_show_it() {
        String official = new WorkingDayCalendar(china2026()).version();
        String withDayOff = new WorkingDayCalendar(china2026().withExtraHolidays(date("2026-03-06"))).version();
        String withOtherDayOff = new WorkingDayCalendar(china2026().withExtraHolidays(date("2026-03-13"))).version();

        assertEquals("CN-2026.1", official);
        assertTrue(withDayOff.startsWith("CN-2026.1+local-"), withDayOff);
        assertNotEquals(withDayOff, withOtherDayOff);
        assertEquals(withDayOff, new WorkingDayCalendar(china2026().withExtraHolidays(date("2026-03-06"))).version());
    }

    @Test
    void a_configured_version_suffix_names_the_company_calendar() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(china2026()
                .withExtraHolidays(date("2026-03-06")).withVersionSuffix("acme-2026a"));

        assertEquals("CN-2026.1+acme-2026a", calendar.version());
        assertEquals("CN-2026.1+acme-2026a",
                calendar.deadline(shanghai("2026-03-05T09:00"), LimitSpec.parse("P1WD")).calendarVersion());
    }

    @Test
    void a_date_configured_both_as_day_off_and_as_working_day_is_refused() {
        CalendarSettings contradictory = china2026()
                .withExtraHolidays(date("2026-03-07")).withExtraWorkingDays(date("2026-03-07"));

        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> new WorkingDayCalendar(contradictory));
        assertTrue(refusal.getMessage().contains("2026-03-07"), refusal.getMessage());
    }
}
