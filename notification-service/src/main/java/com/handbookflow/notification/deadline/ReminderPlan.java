package com.handbookflow.notification.deadline;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.calendar.WorkingDayCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reminder chain of one obligation as a function of what was already told: warning before due,
 * overdue notice at due, repeated reminders after due, and the escalation ladder. Pure: no clock,
 * no database, so the schedule is testable by itself.
 */
public final class ReminderPlan {

    private static final Duration ONE_DAY = Duration.ofDays(1);

    private final ReminderPolicy policy;
    private final WorkingDayCalendar calendar;

    public ReminderPlan(ReminderPolicy policy, WorkingDayCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
    }

    /** The earliest action not yet taken; empty when the chain has run out. */
    public Optional<PlannedAction> next(Obligation o) {
        List<PlannedAction> candidates = new ArrayList<>();
        if (!o.warned() && !o.overdueNoticed()) {
            Instant warning = warningAt(o);
            if (warning != null && warning.isBefore(o.dueAt())) {
                candidates.add(new PlannedAction(warning, NoticeKind.WARNING, EscalationLevel.RESPONSIBLE, 0));
            }
        }
        if (!o.overdueNoticed()) {
            candidates.add(new PlannedAction(o.dueAt(), NoticeKind.OVERDUE, EscalationLevel.RESPONSIBLE, 0));
        } else if (policy.repeatEvery() != null) {
            int n = o.repeatsSent() + 1;
            candidates.add(new PlannedAction(repeatAt(o, n), NoticeKind.REMINDER, EscalationLevel.RESPONSIBLE, n));
        }
        List<Map.Entry<EscalationLevel, Offset>> rungs = List.copyOf(policy.ladder().entrySet());
        if (o.escalationLevel() < rungs.size()) {
            Map.Entry<EscalationLevel, Offset> rung = rungs.get(o.escalationLevel());
            candidates.add(new PlannedAction(rung.getValue().from(o.dueAt(), 1, calendar), NoticeKind.ESCALATION,
                    rung.getKey(), 0));
        }
        return candidates.stream().min(Comparator.comparing(PlannedAction::at)
                .thenComparing(PlannedAction::kind));
    }

    /**
     * The last reminder due at or before {@code now}, at least {@code n}: after an outage or for a
     * late entry one reminder, not a burst. The repeats are ordered in time, so the search doubles
     * its step until it passes {@code now} and then halves: a few dozen steps even for a date
     * centuries ago, where counting interval by interval never ends.
     */
    public int latestRepeatDue(Obligation o, int n, Instant now) {
        long due = n;
        long step = 1;
        while (true) {
            long probe = Math.min(due + step, Integer.MAX_VALUE);
            if (probe == due) {
                return (int) due;
            }
            if (repeatAt(o, (int) probe).isAfter(now)) {
                return (int) binarySearch(o, due, probe, now);
            }
            due = probe;
            step *= 2;
        }
    }

    /** The largest repeat in [{@code due}, {@code after}) at or before {@code now}, given repeat {@code due} is and {@code after} is not. */
    private long binarySearch(Obligation o, long due, long after, Instant now) {
        while (after - due > 1) {
            long middle = (due + after) >>> 1;
            if (repeatAt(o, (int) middle).isAfter(now)) {
                after = middle;
            } else {
                due = middle;
            }
        }
        return due;
    }

    Instant repeatAt(Obligation o, int n) {
        return policy.repeatCap().repeatAt(policy.repeatEvery(), o.dueAt(), n, calendar);
    }

    /**
     * One working day (by default) before due; for a limit shorter than a day, or when that would be
     * before the start, at 80% (by default) of the time from start to due.
     */
    Instant warningAt(Obligation o) {
        Duration span = Duration.between(o.startedAt(), o.dueAt());
        if (span.isNegative() || span.isZero()) {
            return null;
        }
        Instant fraction = o.startedAt().plusMillis((long) (span.toMillis() * policy.shortLimitWarningAt()));
        if (isShort(o.limitSpec(), span) || policy.warningBefore() == null) {
            return policy.warningBefore() == null && !isShort(o.limitSpec(), span) ? null : fraction;
        }
        Instant before = policy.warningBefore().from(o.dueAt(), -1, calendar);
        return before.isAfter(o.startedAt()) ? before : fraction;
    }

    private static boolean isShort(String limitSpec, Duration span) {
        if (limitSpec != null) {
            try {
                LimitSpec limit = LimitSpec.parse(limitSpec);
                return limit.kind() == LimitSpec.Kind.WALL_CLOCK && limit.wallClock().compareTo(ONE_DAY) < 0;
            } catch (RuntimeException unreadable) {
                // fall back to the span between start and due
            }
        }
        return span.compareTo(ONE_DAY) < 0;
    }
}
