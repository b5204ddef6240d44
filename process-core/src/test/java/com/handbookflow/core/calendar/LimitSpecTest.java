package com.handbookflow.core.calendar;

import com.handbookflow.core.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LimitSpecTest {

    @Test
    void minutes_and_hours_are_wall_clock_durations() {
        assertEquals(Duration.ofMinutes(10), LimitSpec.parse("PT10M").wallClock());
        assertEquals(Duration.ofHours(24), LimitSpec.parse("PT24H").wallClock());
        assertEquals(Duration.ofMinutes(90), LimitSpec.parse("PT1H30M").wallClock());
        assertEquals(LimitSpec.Kind.WALL_CLOCK, LimitSpec.parse("PT24H").kind());
    }

    @Test
    void days_are_calendar_days_and_working_days_are_marked_wd() {
        LimitSpec calendarDays = LimitSpec.parse("P2D");
        LimitSpec workingDays = LimitSpec.parse("P3WD");

        assertEquals(LimitSpec.Kind.CALENDAR_DAYS, calendarDays.kind());
        assertEquals(2, calendarDays.days());
        assertEquals(LimitSpec.Kind.WORKING_DAYS, workingDays.kind());
        assertEquals(3, workingDays.days());
    }

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource({"PT10M, PT10M", "PT24H, PT24H", "PT90M, PT1H30M", "pt1h30m, PT1H30M", "' P3WD ', P3WD",
            "p3wd, P3WD", "P03WD, P3WD", "P2D, P2D", "P366D, P366D", "P260WD, P260WD"})
    void a_spec_is_kept_in_its_canonical_form(String text, String canonical) {
        LimitSpec spec = LimitSpec.parse(text);

        assertEquals(canonical, spec.spec());
        assertEquals(canonical, spec.toString());
        assertEquals(LimitSpec.parse(canonical), spec);
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"3WD", "P3X", "P3W", "PWD", "10M", "P1DT2H", "P1W", "PT", "P3WD ago", "PT10M30", "1 day"})
    void an_unknown_syntax_is_refused_with_the_accepted_forms(String text) {
        InvalidValueException refusal = assertThrows(InvalidValueException.class, () -> LimitSpec.parse(text));

        assertEquals("limit", refusal.errors().get(0).field());
        assertTrue(refusal.getMessage().contains("P3WD"), refusal.getMessage());
        assertTrue(refusal.detailZh().contains("工作日"), refusal.detailZh());
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"P0WD", "P0D", "PT0S", "PT0M", "P-3WD", "PT-10M", "-PT10M", "PT1H-30M"})
    void a_zero_or_negative_limit_is_refused(String text) {
        InvalidValueException refusal = assertThrows(InvalidValueException.class, () -> LimitSpec.parse(text));

        assertTrue(refusal.getMessage().contains("greater than zero"), refusal.getMessage());
        assertTrue(refusal.detailZh().contains("必须大于零"), refusal.detailZh());
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"P261WD", "P367D", "PT8785H", "PT527041M", "P9999999999999WD", "P99999999999D"})
    void an_absurdly_large_limit_is_refused(String text) {
        InvalidValueException refusal = assertThrows(InvalidValueException.class, () -> LimitSpec.parse(text));

        assertTrue(refusal.getMessage().contains("too large"), refusal.getMessage());
        assertTrue(refusal.detailZh().contains("过长"), refusal.detailZh());
    }

    @Test
    void a_missing_limit_is_refused() {
        assertThrows(InvalidValueException.class, () -> LimitSpec.parse(null));
        assertThrows(InvalidValueException.class, () -> LimitSpec.parse("  "));
    }

    @Test
    void a_very_long_input_is_not_echoed_whole() {
        String text = "X".repeat(5_000);

        InvalidValueException refusal = assertThrows(InvalidValueException.class, () -> LimitSpec.parse(text));

        assertTrue(refusal.getMessage().length() < 300, refusal.getMessage());
    }

    @Test
    void a_limit_travels_in_json_as_its_spec_string() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

        assertEquals("\"PT1H30M\"", json.writeValueAsString(LimitSpec.parse("PT90M")));
        assertEquals(LimitSpec.parse("P3WD"), json.readValue("\"P3WD\"", LimitSpec.class));
    }

    @Test
    void a_wall_clock_limit_has_no_day_count_and_a_day_limit_has_no_duration() {
        assertThrows(IllegalStateException.class, () -> LimitSpec.parse("PT10M").days());
        assertThrows(IllegalStateException.class, () -> LimitSpec.parse("P3WD").wallClock());
    }
}
