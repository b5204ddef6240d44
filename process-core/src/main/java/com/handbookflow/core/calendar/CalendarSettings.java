package com.handbookflow.core.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a {@link WorkingDayCalendar} is built from, as plain data: read from
 * {@link CalendarConfig} in a running service, written directly in unit tests.
 *
 * @param versionSuffix appended to the calendar version; null to derive one when extra days are set
 */
public record CalendarSettings(ZoneId zone, LocalTime endOfWorkingDay, List<CalendarYear> years,
                               Set<LocalDate> extraHolidays, Set<LocalDate> extraWorkingDays,
                               String versionSuffix) {

    public CalendarSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(endOfWorkingDay, "endOfWorkingDay");
        years = List.copyOf(years);
        extraHolidays = Set.copyOf(extraHolidays);
        extraWorkingDays = Set.copyOf(extraWorkingDays);
        versionSuffix = versionSuffix == null || versionSuffix.isBlank() ? null : versionSuffix.strip();
    }

    /** Settings with the given years and no company overrides. */
    public static CalendarSettings of(ZoneId zone, LocalTime endOfWorkingDay, List<CalendarYear> years) {
        return new CalendarSettings(zone, endOfWorkingDay, years, Set.of(), Set.of(), null);
    }

    /** Reads the configured files and overrides. */
    public static CalendarSettings from(CalendarConfig config) {
        return new CalendarSettings(config.zone(), config.endOfWorkingDay(),
                config.years().stream().map(CalendarYearLoader::load).toList(),
                Set.copyOf(config.extraHolidays().orElse(List.of())),
                Set.copyOf(config.extraWorkingDays().orElse(List.of())),
                config.versionSuffix().orElse(null));
    }

    public CalendarSettings withExtraHolidays(LocalDate... dates) {
        return new CalendarSettings(zone, endOfWorkingDay, years, union(extraHolidays, dates), extraWorkingDays,
                versionSuffix);
    }

    public CalendarSettings withExtraWorkingDays(LocalDate... dates) {
        return new CalendarSettings(zone, endOfWorkingDay, years, extraHolidays, union(extraWorkingDays, dates),
                versionSuffix);
    }

    public CalendarSettings withVersionSuffix(String suffix) {
        return new CalendarSettings(zone, endOfWorkingDay, years, extraHolidays, extraWorkingDays, suffix);
    }

    private static Set<LocalDate> union(Set<LocalDate> dates, LocalDate... more) {
        Set<LocalDate> all = new HashSet<>(dates);
        all.addAll(Arrays.asList(more));
        return all;
    }
}
