package com.handbookflow.core.obligation;

import com.handbookflow.core.calendar.DeadlineComputation;
import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.calendar.WorkingDayCalendar;

import java.time.Instant;

/**
 * A recurring obligation ("update the customer at least every 2 days"): each fulfilment meets the
 * current one and opens the next, due one interval after the fulfilment. The N-th is keyed
 * {@code <keyPrefix>-N} (e.g. {@code customer-update-3}); consumers key their open obligations by it.
 * Its state on the business object is a {@link RecurringDuty}.
 */
public record RecurringObligation(String keyPrefix, String interval) {

    public RecurringObligation {
        LimitSpec.parse(interval); // a wrong interval fails at start, not at the first fulfilment
    }

    /** The key of the {@code seq}-th occurrence, from 1. */
    public String key(int seq) {
        return Obligation.numberedKey(keyPrefix, seq);
    }

    /** When the occurrence opened at {@code from} is due: one interval later on the calendar. */
    public DeadlineComputation nextDue(Instant from, WorkingDayCalendar calendar) {
        return calendar.deadline(from, LimitSpec.parse(interval));
    }
}
