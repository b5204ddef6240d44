package com.handbookflow.notification.digest;

import com.handbookflow.core.calendar.CalendarConfig;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Working hours on the shared calendar: a working day (holidays and make-up days included) from
 * {@code handbook.calendar.start-of-working-day} (09:00) to its end of working day (18:00), both
 * included: a deadline at 18:00 is still told that evening.
 */
@ApplicationScoped
public class WorkingHours {

    private final WorkingDayCalendar calendar;
    private final LocalTime start;

    WorkingHours(WorkingDayCalendar calendar, CalendarConfig config) {
        this.calendar = calendar;
        this.start = config.startOfWorkingDay();
    }

    public boolean isWorkingTime(Instant t) {
        ZonedDateTime local = t.atZone(calendar.zone());
        LocalTime time = local.toLocalTime();
        return calendar.isWorkingDay(local.toLocalDate()) && !time.isBefore(start)
                && !time.isAfter(calendar.endOfWorkingDayTime());
    }

    /** The next start of a working day after {@code t} (today's when {@code t} is before it on a working day). */
    public Instant nextStart(Instant t) {
        ZonedDateTime local = t.atZone(calendar.zone());
        LocalDate date = local.toLocalDate();
        if (!(calendar.isWorkingDay(date) && local.toLocalTime().isBefore(start))) {
            date = date.plusDays(1);
            for (int i = 0; i < 366 && !calendar.isWorkingDay(date); i++) {
                date = date.plusDays(1);
            }
        }
        return ZonedDateTime.of(date, start, calendar.zone()).toInstant();
    }
}
