package com.handbookflow.core.obligation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * Where a business object stands on a {@link RecurringObligation}: which occurrence is open and when
 * it is due (null when none is owed). Embedded in the business object's row, so it changes in the
 * act's transaction; the columns are named by the embedding entity.
 */
@Embeddable
public class RecurringDuty {

    @Column(name = "seq")
    private int seq;

    @Column(name = "due_at")
    private Instant dueAt;

    public RecurringDuty() {
    }

    /** Opens the next occurrence, due at {@code due}. */
    public void openNext(Instant due) {
        seq++;
        dueAt = due;
    }

    /** No occurrence is owed any more. */
    public void stop() {
        dueAt = null;
    }

    public boolean isOwed() {
        return dueAt != null;
    }

    /** The current (or last) occurrence, 0 before the first. */
    public int seq() {
        return seq;
    }

    public Instant dueAt() {
        return dueAt;
    }
}
