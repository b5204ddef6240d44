package com.handbookflow.launch;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.testing.CalendarYearFeed;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.OwnCalendarProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static com.handbookflow.launch.LaunchFixtures.apply;
import static com.handbookflow.launch.LaunchFixtures.get;
import static org.hamcrest.Matchers.equalTo;

/**
 * A launch's timeline says, node by node, whether its deadline knew the holidays it spans
 * ({@code calendarCoverage}, as on a complaint): a step due in 2027 before that year's calendar is loaded
 * assumed weekdays; recomputed after loading it is covered.
 */
@QuarkusTest
@TestProfile(LaunchCalendarCoverageTest.OwnCalendar.class)
class LaunchCalendarCoverageTest {

    /** An application of its own: the calendar feed test asserts the year is not loaded yet in its own. */
    public static class OwnCalendar extends OwnCalendarProfile {
    }

    @Inject
    MutableClock clock;
    @Inject
    WorkingDayCalendar calendar;

    @Test
    void a_step_due_in_a_year_without_calendar_data_says_it_assumed_weekdays_until_recomputed() {
        clock.setShanghai("2026-12-30T09:00");
        String number = apply();
        get(number).body("timeline[0].dueAt", equalTo("2027-01-04T10:00:00Z"))
                .body("timeline[0].calendarVersion", equalTo("CN-2026.1"))
                .body("timeline[0].calendarCoverage", equalTo("ASSUMED_WEEKDAYS"));

        CalendarYearFeed.load(CalendarYearFeed.CHINA_2027, clock.instant(), calendar);
        get(number).body("timeline[0].calendarCoverage", equalTo("ASSUMED_WEEKDAYS")); // kept until recomputed

        CalendarYearFeed.recompute("2027 published");
        get(number).body("timeline[0].dueAt", equalTo("2027-01-05T10:00:00Z"))
                .body("timeline[0].calendarVersion", equalTo("CN-2026.1+CN-2027.1"))
                .body("timeline[0].calendarCoverage", equalTo("COVERED"));
    }
}
