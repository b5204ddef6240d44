package com.handbookflow.notification.deadline;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.calendar.WorkingDayCalendar;

import java.time.Instant;

/** A distance in one of the three clocks of a limit spec, applied forwards or backwards from an instant. */
public record Offset(LimitSpec spec) {

    /** {@code none} (or blank) gives null: the step is switched off. */
    public static Offset parseOrNone(String text) {
        if (text == null || text.isBlank() || "none".equalsIgnoreCase(text.strip())) {
            return null;
        }
        return new Offset(LimitSpec.parse(text));
    }

    /** {@code times} offsets after {@code t} (before it when negative). */
    public Instant from(Instant t, int times, WorkingDayCalendar calendar) {
        return switch (spec.kind()) {
            case WALL_CLOCK -> t.plus(spec.wallClock().multipliedBy(times));
            case CALENDAR_DAYS -> t.atZone(calendar.zone()).plusDays((long) spec.days() * times).toInstant();
            case WORKING_DAYS -> calendar.plusWorkingDays(t, spec.days() * times);
        };
    }

    @Override
    public String toString() {
        return spec.spec();
    }
}
