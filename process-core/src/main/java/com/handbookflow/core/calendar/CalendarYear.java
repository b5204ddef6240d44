package com.handbookflow.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One year of official calendar data, as read from {@code calendar/<year>.json}: the public
 * holidays and the make-up working days (调休上班) that turn a weekend day into a working day.
 *
 * @param version identifies this data, e.g. {@code CN-2026.1}; it is stored with every computed deadline
 * @param source  where the data comes from (the State Council notice)
 */
public record CalendarYear(int year, String version, String source,
                           List<NamedDay> holidays, List<NamedDay> makeUpWorkingDays) {

    public CalendarYear {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        makeUpWorkingDays = makeUpWorkingDays == null ? List.of() : List.copyOf(makeUpWorkingDays);
        validate(year, version, holidays, makeUpWorkingDays);
    }

    /** Catches the typos a hand-edited data file invites, so they fail at startup, not in a deadline. */
    private static void validate(int year, String version, List<NamedDay> holidays, List<NamedDay> makeUpWorkingDays) {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("calendar year " + year + " is not a valid year");
        }
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("calendar year " + year + " has no version");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (NamedDay day : holidays) {
            checkDay(year, day, seen);
        }
        for (NamedDay day : makeUpWorkingDays) {
            checkDay(year, day, seen);
            DayOfWeek weekday = day.date().getDayOfWeek();
            if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException("calendar " + version + ": make-up working day " + day.date()
                        + " is a " + weekday + "; a make-up working day is a Saturday or Sunday");
            }
        }
    }

    private static void checkDay(int year, NamedDay day, Set<LocalDate> seen) {
        if (day == null || day.date() == null) {
            throw new IllegalArgumentException("calendar year " + year + " has an entry without a date");
        }
        if (day.date().getYear() != year) {
            throw new IllegalArgumentException("calendar year " + year + " lists " + day.date() + " of another year");
        }
        if (!seen.add(day.date())) {
            throw new IllegalArgumentException("calendar year " + year + " lists " + day.date()
                    + " twice (as holiday and make-up working day, or twice in one list)");
        }
    }
}
