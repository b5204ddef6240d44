package com.handbookflow.core.calendar.rest;

import com.handbookflow.core.calendar.CalendarFixtures;
import com.handbookflow.core.calendar.DayKind;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.problem.ProblemMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/calendar/deadline and /days, called directly; the problem+json rendering is ProblemMapper's. */
class CalendarResourceTest {

    private final CalendarResource resource = new CalendarResource(CalendarFixtures.calendar());

    @Test
    void a_start_in_utc_and_the_same_start_in_shanghai_time_have_the_same_deadline() {
        DeadlineResponse utc = resource.deadline("2026-09-30T01:00:00Z", "P3WD");
        DeadlineResponse shanghai = resource.deadline("2026-09-30T09:00:00+08:00", "P3WD");

        assertEquals(Instant.parse("2026-10-10T10:00:00Z"), utc.dueAt());
        assertEquals(utc, shanghai);
    }

    @Test
    void the_due_time_is_also_given_in_the_calendar_zone() {
        DeadlineResponse response = resource.deadline("2026-09-30T01:00:00Z", "P3WD");

        assertEquals(OffsetDateTime.parse("2026-10-10T18:00:00+08:00"), response.dueAtLocal());
        assertEquals(OffsetDateTime.parse("2026-09-30T09:00:00+08:00"), response.startLocal());
        assertEquals("Asia/Shanghai", response.zone());
        assertEquals("CN-2026.1", response.calendarVersion());
        assertEquals(7, response.skippedDays().size());
        assertEquals("HOLIDAY", response.skippedDays().get(0).reason());
        assertEquals("节假日", response.skippedDays().get(0).reasonZh());
    }

    @Test
    void an_offset_whose_plus_sign_arrived_as_a_blank_is_still_understood() {
        // "?start=2026-09-30T09:00:00+08:00" unencoded: the query decoder turns '+' into a blank.
        assertEquals(Instant.parse("2026-10-10T10:00:00Z"), resource.deadline("2026-09-30T09:00:00 08:00", "P3WD").dueAt());
    }

    @Test
    void a_missing_start_is_invalid_input_on_start() {
        assertInvalid("start", () -> resource.deadline(null, "P3WD"));
        assertInvalid("start", () -> resource.deadline(" ", "P3WD"));
    }

    @Test
    void a_start_that_is_no_instant_is_invalid_input_on_start() {
        assertInvalid("start", () -> resource.deadline("yesterday", "P3WD"));
        assertInvalid("start", () -> resource.deadline("2026-02-30T09:00:00Z", "P3WD"));
    }

    @Test
    void a_start_without_offset_is_refused_because_its_instant_is_unknown() {
        assertInvalid("start", () -> resource.deadline("2026-09-30T09:00", "P3WD"));
    }

    @Test
    void a_missing_or_unknown_limit_is_invalid_input_on_limit() {
        assertInvalid("limit", () -> resource.deadline("2026-09-30T01:00:00Z", null));
        assertInvalid("limit", () -> resource.deadline("2026-09-30T01:00:00Z", "3 days"));
    }

    @Test
    void days_lists_every_date_of_the_range_with_chinese_labels() {
        CalendarDaysResponse response = resource.days("2026-09-19", "2026-09-21");

        assertEquals(3, response.days().size());
        assertEquals(DayKind.WEEKEND, response.days().get(0).kind());
        assertEquals("周末", response.days().get(0).kindZh());
        assertEquals(DayKind.MAKE_UP_WORKING_DAY, response.days().get(1).kind());
        assertEquals("调休上班日", response.days().get(1).kindZh());
        assertEquals(DayKind.WORKING, response.days().get(2).kind());
    }

    @Test
    void days_accepts_a_whole_leap_year_and_no_more() {
        assertEquals(366, resource.days("2028-01-01", "2028-12-31").days().size());
        assertInvalid("to", () -> resource.days("2026-01-01", "2027-01-02"));
    }

    @Test
    void days_refuses_a_range_that_ends_before_it_starts() {
        assertInvalid("to", () -> resource.days("2026-10-10", "2026-10-01"));
    }

    @Test
    void days_refuses_missing_or_malformed_dates() {
        assertInvalid("from", () -> resource.days(null, "2026-10-01"));
        assertInvalid("to", () -> resource.days("2026-10-01", "10/10/2026"));
    }

    @Test
    void days_outside_the_calendar_data_carry_a_warning() {
        CalendarDaysResponse response = resource.days("2026-12-31", "2027-01-01");

        assertEquals(1, response.warnings().size());
        assertEquals(LocalDate.parse("2027-01-01"), response.days().get(1).date());
    }

    private static void assertInvalid(String field, Executable call) {
        InvalidValueException refusal = assertThrows(InvalidValueException.class, call);
        assertEquals(400, new ProblemMapper().problem(refusal, null).getStatus());
        assertEquals(field, refusal.errors().get(0).field(), refusal.getMessage());
        assertTrue(refusal.detailZh().startsWith(field + "："), refusal.detailZh());
    }
}
