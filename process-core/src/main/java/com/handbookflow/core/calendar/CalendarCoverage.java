package com.handbookflow.core.calendar;

import com.handbookflow.core.label.Labeled;

/**
 * Whether a deadline knew the holidays of the days it spans. Shown next to every due instant, so a
 * deadline that runs into a year whose schedule was not yet published (the State Council publishes
 * it each November) says so instead of silently ignoring that year's holidays.
 */
public enum CalendarCoverage implements Labeled {
    /** The calendar version it was computed with has the holidays of every year it spans. */
    COVERED,
    /** It runs into a year without calendar data: there only Saturdays and Sundays were taken as days off. */
    ASSUMED_WEEKDAYS,
    /** A wall-clock or calendar-day limit: holidays do not move it. */
    NOT_NEEDED;
}
