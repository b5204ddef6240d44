package com.handbookflow.notification.supervision;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodCoverTest {

    private static PeriodCover cover(String from, String to) {
        return PeriodCover.of(new Period("p", LocalDate.parse(from), LocalDate.parse(to)));
    }

    @Test
    void a_whole_month_is_read_from_its_monthly_rows_alone() {
        PeriodCover month = cover("2026-10-01", "2026-10-31");
        assertEquals(LocalDate.parse("2026-10-01"), month.firstMonth());
        assertEquals(LocalDate.parse("2026-10-01"), month.lastMonth());
        assertEquals(0, month.headAdded().count() + month.headSubtracted().count() + month.tailAdded().count()
                + month.tailSubtracted().count());
    }

    @Test
    void a_year_from_the_29th_reads_its_first_two_days_and_twelve_months_less_two_days() {
        PeriodCover year = cover("2025-11-29", "2026-11-28");
        assertEquals(new PeriodCover.Days(LocalDate.parse("2025-11-29"), LocalDate.parse("2025-11-30")), year.headAdded());
        assertEquals(LocalDate.parse("2025-12-01"), year.firstMonth());
        assertEquals(LocalDate.parse("2026-11-01"), year.lastMonth());
        assertEquals(new PeriodCover.Days(LocalDate.parse("2026-11-29"), LocalDate.parse("2026-11-30")), year.tailSubtracted());
        assertEquals(0, year.headSubtracted().count() + year.tailAdded().count());
    }

    @Test
    void a_few_days_inside_one_month_are_read_as_days() {
        PeriodCover days = cover("2026-03-10", "2026-03-12");
        assertEquals(new PeriodCover.Days(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-12")), days.headAdded());
        assertTrue(days.firstMonth().isAfter(days.lastMonth()));
    }

    @Test
    void most_of_one_month_is_the_month_less_the_days_around_the_period() {
        PeriodCover most = cover("2026-03-03", "2026-03-29");
        assertEquals(LocalDate.parse("2026-03-01"), most.firstMonth());
        assertEquals(LocalDate.parse("2026-03-01"), most.lastMonth());
        assertEquals(new PeriodCover.Days(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02")), most.headSubtracted());
        assertEquals(new PeriodCover.Days(LocalDate.parse("2026-03-30"), LocalDate.parse("2026-03-31")), most.tailSubtracted());
    }
}
