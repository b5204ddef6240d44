package com.handbookflow.notification.deadline;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.calendar.WorkingDayCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How the repeated reminders of one item thin out, so a neglected item is not chased every ten
 * minutes all night: with {@code backoff} the first repeat comes one interval after due, each next
 * one twice the interval before, until the interval reaches a day; {@code maxPerDay} keeps at most
 * that many repeats on one calendar day (the next one waits for midnight). Escalation is not a repeat: the ladder climbs regardless.
 * Repeats on day clocks (P1WD, P1D) are at most daily already and are kept as they are.
 *
 * @param backoff   double the interval after each repeat (up to a day)
 * @param maxPerDay at most this many repeats on one calendar day; 0: no cap
 */
public record RepeatCap(boolean backoff, int maxPerDay) {

    public static final RepeatCap NONE = new RepeatCap(false, 0);
    private static final Duration ONE_DAY = Duration.ofDays(1);

    public RepeatCap {
        if (maxPerDay < 0) {
            throw new IllegalArgumentException("max-repeats-per-day must be 0 (no cap) or more, not " + maxPerDay);
        }
    }

    /**
     * The instant of repeat {@code n} (1, 2, ...) after {@code due}; increasing in {@code n}. A repeat
     * that would be the day's {@code maxPerDay + 1}-th (local day of the calendar's zone) moves to the
     * next midnight; once the interval is a day or more the cap cannot bind and the rest is one step.
     */
    public Instant repeatAt(Offset every, Instant due, int n, WorkingDayCalendar calendar) {
        if (every.spec().kind() != LimitSpec.Kind.WALL_CLOCK || (!backoff && maxPerDay == 0)) {
            return every.from(due, n, calendar);
        }
        ZoneId zone = calendar.zone();
        Duration base = every.spec().wallClock();
        Duration longest = base.compareTo(ONE_DAY) > 0 ? base : ONE_DAY; // doubling stops at a day
        Instant at = due;
        Duration interval = base;
        LocalDate day = null;
        int onThatDay = 0;
        for (int k = 1; k <= n; k++) {
            boolean settled = (!backoff || interval.equals(longest)) && (maxPerDay == 0 || interval.compareTo(ONE_DAY) >= 0);
            if (settled) {
                // from here every interval is the same and the cap cannot bind: the rest in one step
                return at.plus(interval.multipliedBy((long) n - k + 1));
            }
            Instant next = at.plus(interval);
            if (maxPerDay > 0) {
                LocalDate nextDay = LocalDate.ofInstant(next, zone);
                if (nextDay.equals(day) && onThatDay >= maxPerDay) {
                    nextDay = nextDay.plusDays(1);
                    next = nextDay.atStartOfDay(zone).toInstant();
                }
                onThatDay = nextDay.equals(day) ? onThatDay + 1 : 1;
                day = nextDay;
            }
            at = next;
            if (backoff) {
                Duration doubled = interval.multipliedBy(2);
                interval = doubled.compareTo(longest) > 0 ? longest : doubled;
            }
        }
        return at;
    }
}
