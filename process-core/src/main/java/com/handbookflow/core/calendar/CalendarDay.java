package com.handbookflow.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date as the calendar sees it. {@code nameZh} and {@code nameEn} name the holiday or the
 * make-up working day; they are null for plain working days and weekends.
 */
public record CalendarDay(LocalDate date, DayKind kind, String nameZh, String nameEn) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    static CalendarDay plain(LocalDate date, DayKind kind) {
        return new CalendarDay(date, kind, null, null);
    }

    static CalendarDay named(NamedDay day, DayKind kind) {
        return new CalendarDay(day.date(), kind, day.nameZh(), day.nameEn());
    }

    public boolean isWorking() {
        return kind.isWorking();
    }
}
