package com.handbookflow.core.number;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumberSchemeTest {

    private static final LocalDate SEPTEMBER_30 = LocalDate.parse("2026-09-30");

    @Test
    void a_complaint_number_is_the_prefix_the_day_of_receipt_and_four_digits() {
        NumberScheme complaints = NumberScheme.perDay("complaint", "TS", "-", 4);
        assertEquals("TS20260930-0001", complaints.format(SEPTEMBER_30, 1));
        assertEquals("2026-09-30", complaints.period().keyOf(SEPTEMBER_30));
    }

    @Test
    void a_project_number_restarts_each_year_with_three_digits() {
        NumberScheme projects = NumberScheme.perYear("project", "PRJ", "", 3);
        assertEquals("PRJ2026007", projects.format(SEPTEMBER_30, 7));
        assertEquals("2026", projects.period().keyOf(SEPTEMBER_30));
        assertEquals(projects.period().keyOf(LocalDate.parse("2026-01-01")), projects.period().keyOf(SEPTEMBER_30));
    }

    @Test
    void the_sequence_grows_past_its_width_instead_of_wrapping() {
        NumberScheme complaints = NumberScheme.perDay("complaint", "TS", "-", 4);
        assertEquals("TS20260930-9999", complaints.format(SEPTEMBER_30, 9999));
        assertEquals("TS20260930-10000", complaints.format(SEPTEMBER_30, 10000));
        assertEquals("XYW20261000", NumberScheme.perYear("launch", "XYW", "", 3).format(SEPTEMBER_30, 1000));
    }

    @Test
    void sequences_start_at_one() {
        assertThrows(IllegalArgumentException.class,
                () -> NumberScheme.perDay("complaint", "TS", "-", 4).format(SEPTEMBER_30, 0));
    }
}
