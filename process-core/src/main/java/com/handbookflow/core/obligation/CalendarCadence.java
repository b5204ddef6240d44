package com.handbookflow.core.obligation;

import com.handbookflow.core.calendar.WorkingDayCalendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * Obligations on a calendar cadence: the monthly review by the 5th of the next month, a weekly
 * meeting every Tuesday 10:00, the weekly report within 24 hours after each meeting. A due day that
 * is not a working day moves to the next working day ({@link DayShift#NEXT_WORKING_DAY}, the default):
 * a review due on a public holiday is due on the first working day after it.
 */
public final class CalendarCadence {

    /** What happens to a due day that falls on a weekend or public holiday. */
    public enum DayShift {
        NEXT_WORKING_DAY,
        NONE
    }

    private CalendarCadence() {
    }

    /** Owed for a month, by the {@code dayOfMonth} of the next month at the end of that working day. */
    public record Monthly(int dayOfMonth, DayShift shift) {

        public Monthly {
            if (dayOfMonth < 1 || dayOfMonth > 28) {
                throw new IllegalArgumentException("day of month must be 1..28, was " + dayOfMonth);
            }
        }

        public LocalDate dueDay(YearMonth month, WorkingDayCalendar calendar) {
            return shifted(month.plusMonths(1).atDay(dayOfMonth), shift, calendar);
        }

        public Instant dueBy(YearMonth month, WorkingDayCalendar calendar) {
            return calendar.endOfWorkingDay(dueDay(month, calendar));
        }
    }

    /** Every {@code day} at {@code time} (calendar zone), e.g. the weekly meeting on Tuesday 10:00. */
    public record Weekly(DayOfWeek day, LocalTime time, DayShift shift) {

        /** The first occurrence at or after {@code from}, moved to the next working day when needed. */
        public Instant next(Instant from, WorkingDayCalendar calendar) {
            ZonedDateTime local = from.atZone(calendar.zone());
            LocalDate date = local.toLocalDate().with(TemporalAdjusters.nextOrSame(day));
            if (date.equals(local.toLocalDate()) && local.toLocalTime().isAfter(time)) {
                date = date.plusWeeks(1);
            }
            return shifted(date, shift, calendar).atTime(time).atZone(calendar.zone()).toInstant();
        }
    }

    /** Due a fixed time after an event, e.g. the weekly report within 24 hours after each meeting. */
    public record After(Duration within) {

        public Instant dueAfter(Instant event) {
            return event.plus(within);
        }
    }

    public static Monthly monthlyBy(int dayOfMonth) {
        return new Monthly(dayOfMonth, DayShift.NEXT_WORKING_DAY);
    }

    public static Weekly weekly(DayOfWeek day, LocalTime time) {
        return new Weekly(day, time, DayShift.NEXT_WORKING_DAY);
    }

    public static After within(Duration duration) {
        return new After(duration);
    }

    static LocalDate shifted(LocalDate day, DayShift shift, WorkingDayCalendar calendar) {
        LocalDate due = day;
        if (shift == DayShift.NEXT_WORKING_DAY) {
            while (!calendar.isWorkingDay(due)) {
                due = due.plusDays(1);
            }
        }
        return due;
    }
}
