package com.handbookflow.core.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A calendar file is data a person edits: mistakes in it stop the service with a message naming the date. */
class CalendarDataTest {

    @TempDir
    Path folder;

    @Test
    void a_company_can_load_its_own_year_file_from_a_path() throws IOException {
        Path file = write("2027.json", """
                {"year": 2027, "version": "ACME-2027.0", "source": "draft",
                 "holidays": [{"date": "2027-01-01", "nameZh": "元旦", "nameEn": "New Year's Day"}],
                 "makeUpWorkingDays": []}""");

        CalendarYear year = CalendarYearLoader.load(file.toString());

        assertEquals(2027, year.year());
        assertEquals("ACME-2027.0", year.version());
        assertEquals(1, year.holidays().size());
    }

    @Test
    void two_year_files_make_one_calendar_whose_version_names_both() throws IOException {
        CalendarYear y2027 = CalendarYearLoader.load(write("2027.json", """
                {"year": 2027, "version": "ACME-2027.0", "source": "draft",
                 "holidays": [{"date": "2027-01-01", "nameZh": "元旦", "nameEn": "New Year's Day"}],
                 "makeUpWorkingDays": []}""").toString());
        WorkingDayCalendar calendar = new WorkingDayCalendar(CalendarSettings.of(CalendarFixtures.SHANGHAI,
                CalendarFixtures.SIX_PM, List.of(y2027, CalendarFixtures.CHINA_2026)));

        DeadlineComputation result = calendar.deadline(CalendarFixtures.shanghai("2026-12-31T09:00"), LimitSpec.parse("P1WD"));

        assertEquals("CN-2026.1+ACME-2027.0", calendar.version());
        assertEquals(CalendarFixtures.endOfWorkingDay("2027-01-04"), result.dueAt());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void a_location_that_is_neither_resource_nor_file_is_named_in_the_error() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> CalendarYearLoader.load("calendar/2099.json"));

        assertTrue(refusal.getMessage().contains("calendar/2099.json"), refusal.getMessage());
    }

    @Test
    void a_make_up_working_day_on_a_weekday_is_a_typo() throws IOException {
        assertRefused("2026-03-04 is a WEDNESDAY", """
                {"year": 2026, "version": "X", "source": "test", "holidays": [],
                 "makeUpWorkingDays": [{"date": "2026-03-04", "nameZh": "调休", "nameEn": "make-up"}]}""");
    }

    @Test
    void a_date_of_another_year_is_refused() throws IOException {
        assertRefused("lists 2027-01-01 of another year", """
                {"year": 2026, "version": "X", "source": "test",
                 "holidays": [{"date": "2027-01-01", "nameZh": "元旦", "nameEn": "New Year's Day"}],
                 "makeUpWorkingDays": []}""");
    }

    @Test
    void a_date_both_holiday_and_make_up_working_day_is_refused() throws IOException {
        assertRefused("2026-10-10 twice", """
                {"year": 2026, "version": "X", "source": "test",
                 "holidays": [{"date": "2026-10-10", "nameZh": "国庆节", "nameEn": "National Day"}],
                 "makeUpWorkingDays": [{"date": "2026-10-10", "nameZh": "调休", "nameEn": "make-up"}]}""");
    }

    @Test
    void a_misspelt_field_is_refused_rather_than_ignored() throws IOException {
        assertRefused("holiday", """
                {"year": 2026, "version": "X", "source": "test",
                 "holiday": [{"date": "2026-10-01", "nameZh": "国庆节", "nameEn": "National Day"}]}""");
    }

    @Test
    void a_file_without_version_is_refused() throws IOException {
        assertRefused("no version", """
                {"year": 2026, "source": "test", "holidays": [], "makeUpWorkingDays": []}""");
    }

    @Test
    void the_same_year_loaded_twice_is_refused() {
        CalendarSettings twice = CalendarSettings.of(CalendarFixtures.SHANGHAI, CalendarFixtures.SIX_PM,
                List.of(CalendarFixtures.CHINA_2026, CalendarFixtures.CHINA_2026));

        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> new WorkingDayCalendar(twice));
        assertTrue(refusal.getMessage().contains("2026"), refusal.getMessage());
    }

    private void assertRefused(String expectedInMessage, String json) throws IOException {
        String location = write("bad.json", json).toString();

        IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> CalendarYearLoader.load(location));

        assertTrue(refusal.getMessage().contains(location), refusal.getMessage());
        assertTrue(refusal.getMessage().contains(expectedInMessage), refusal.getMessage());
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(folder.resolve(name), json);
    }
}
