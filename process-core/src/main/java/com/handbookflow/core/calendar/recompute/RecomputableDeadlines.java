package com.handbookflow.core.calendar.recompute;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.Actor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The extension point of the explicit recomputation ({@link DeadlineRecomputations}): a scenario service
 * registers one bean per kind of obligation it owns whose due instant depends on the working-day calendar
 * (a customer update every N working days, the monthly review by the 5th or the next working day, the
 * weekly meeting moved off a holiday). Nodes and work items are the kit's own and need none.
 *
 * <p>The service says which of its open deadlines were computed with another calendar version, how each
 * is computed, and how a new due instant is stored and published; the kit decides, computes and records,
 * so every kind is recomputed by the same rule. Deadlines that do not depend on the calendar (a date a
 * person named, a wall-clock or calendar-day limit) are not registered: they keep their calendar version.
 */
public interface RecomputableDeadlines {

    /** The obligation kind, as notification-service tracks it, e.g. {@code CUSTOMER_UPDATE}. */
    String kind();

    /**
     * The open deadlines of this kind computed with a calendar version other than {@code calendarVersion},
     * locked for the recomputation's transaction (an act meanwhile waits and then sees the new due instant).
     */
    List<OpenDeadline> computedWithOtherThan(String calendarVersion);

    /**
     * Stores {@code dueAt} under {@code calendarVersion} and publishes the obligation's event as it does when
     * the obligation opens (OPEN, with the new due instant), in the caller's transaction, so reminders follow.
     */
    void reschedule(OpenDeadline deadline, Instant dueAt, String calendarVersion, Actor actor, Instant now);

    /**
     * One open deadline as it is stored.
     *
     * @param id                      the service's own reference to the row (handed back to {@link #reschedule})
     * @param businessNumber          e.g. {@code TS20261230-0001}, or {@code REVIEW-2026-12} for a month's review
     * @param key                     the obligation key, e.g. {@code customer-update-2}
     * @param rule                    how its due instant is computed on a calendar
     */
    record OpenDeadline(UUID id, String businessNumber, String key, Instant dueAt, String calendarVersion, DueRule rule) {
    }

    /** How a deadline's due instant is computed on a calendar: the same rule as when it was first computed. */
    @FunctionalInterface
    interface DueRule {

        Instant dueAt(WorkingDayCalendar calendar);

        /** {@code limit} counted from {@code start}, e.g. P2WD after the last customer update. */
        static DueRule limit(Instant start, String limit) {
            return calendar -> calendar.deadline(start, com.handbookflow.core.calendar.LimitSpec.parse(limit)).dueAt();
        }
    }
}
