package com.handbookflow.notification.deadline;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.calendar.WorkingDayCalendar;

import java.time.Duration;
import java.time.Instant;

/** A distance in one of the three clocks of a limit spec, applied forwards or backwards from an instant. */
public record Offset(LimitSpec spec) {

    private static final Duration ONE_DAY = Duration.ofDays(1);

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
            case WORKING_DAYS -> plusWorkingDays(t, (long) spec.days() * times, calendar);
        };
    }

    /**
     * This offset on the clock of a wall-clock {@code limit}: n days (working or calendar) become n
     * lengths of the limit, at most 24 hours each; an offset already on the wall clock stays.
     */
    public Offset onClockOf(LimitSpec limit) {
        if (spec.kind() == LimitSpec.Kind.WALL_CLOCK || limit.kind() != LimitSpec.Kind.WALL_CLOCK) {
            return this;
        }
        Duration length = limit.wallClock().compareTo(ONE_DAY) < 0 ? limit.wallClock() : ONE_DAY;
        return new Offset(LimitSpec.parse(length.multipliedBy(spec.days()).toString()));
    }

    /** In steps the calendar accepts: a repeat far after a long-past due date spans more than a limit may. */
    private static Instant plusWorkingDays(Instant t, long days, WorkingDayCalendar calendar) {
        Instant at = t;
        long left = days;
        do {
            int step = (int) Math.max(-LimitSpec.MAX_WORKING_DAYS, Math.min(LimitSpec.MAX_WORKING_DAYS, left));
            at = calendar.plusWorkingDays(at, step);
            left -= step;
        } while (left != 0);
        return at;
    }

    @Override
    public String toString() {
        return spec.spec();
    }
}
