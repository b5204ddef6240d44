package com.handbookflow.notification.deadline;

import java.time.Instant;

/**
 * An obligation that stopped being owed, fired (CDI, synchronously) in the transaction that closed it:
 * supervision counts how long the done ones took.
 */
public record ObligationClosed(String kind, String processType, String itemKey, String responsibleDepartment,
                               Instant startedAt, Instant closedAt, String closedAs, boolean onTime) {

    static ObligationClosed of(Obligation o) {
        return new ObligationClosed(o.kind(), o.processType(), o.itemKey(), o.responsibleDepartment(), o.startedAt(),
                o.closedAt(), o.closedAs(), Boolean.TRUE.equals(o.onTime()));
    }

    /** Done, as the on-time rates count it: a completed node; a completed or fulfilled obligation of another kind. */
    public boolean done() {
        return "COMPLETED".equals(closedAs) || (!ObligationTracker.NODE.equals(kind) && "FULFILLED".equals(closedAs));
    }
}
