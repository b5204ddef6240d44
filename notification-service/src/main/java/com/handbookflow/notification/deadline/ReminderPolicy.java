package com.handbookflow.notification.deadline;

import com.handbookflow.core.calendar.LimitSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reminder rule of one scenario, node and urgency: the warning, the repeat schedule and the
 * escalation ladder. One model for every obligation; the repeat cap belongs to it (digests and quiet
 * hours are rules of the recipient's push channels, see the {@code digest} package).
 *
 * @param warningBefore       how long before due the warning comes (null: no warning)
 * @param shortLimitWarningAt fraction of a limit shorter than a day at which the warning comes
 * @param repeatEvery         interval of reminders after due (null: no repeats)
 * @param repeatCap           how repeats of one item back off and how many a day at most
 * @param ladder              escalation rungs in order, each with its delay after due
 */
public record ReminderPolicy(Offset warningBefore, double shortLimitWarningAt, Offset repeatEvery,
                             RepeatCap repeatCap, Map<EscalationLevel, Offset> ladder) {

    public ReminderPolicy {
        ladder = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ladder));
    }

    /**
     * The rule on the clock of the obligation's own limit: for a wall-clock limit (e.g. an extra-urgent
     * PT2H plan) a repeat or rung given in days counts in lengths of that limit (at most 24 hours) on
     * the wall clock, so a 2-hour limit is chased and escalated in hours, not a working day later.
     * The warning keeps its own rule (80% of a limit shorter than a day).
     */
    public ReminderPolicy onClockOf(String limitSpec) {
        LimitSpec limit = readable(limitSpec);
        if (limit == null || limit.kind() != LimitSpec.Kind.WALL_CLOCK) {
            return this;
        }
        Map<EscalationLevel, Offset> onClock = new LinkedHashMap<>();
        ladder.forEach((level, delay) -> onClock.put(level, delay.onClockOf(limit)));
        return new ReminderPolicy(warningBefore, shortLimitWarningAt,
                repeatEvery == null ? null : repeatEvery.onClockOf(limit), repeatCap, onClock);
    }

    private static LimitSpec readable(String limitSpec) {
        if (limitSpec == null) {
            return null;
        }
        try {
            return LimitSpec.parse(limitSpec);
        } catch (RuntimeException unreadable) {
            return null; // a limit we cannot read keeps the configured clocks
        }
    }
}
