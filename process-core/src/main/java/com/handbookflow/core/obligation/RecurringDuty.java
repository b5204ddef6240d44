package com.handbookflow.core.obligation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * Where a business object stands on a {@link RecurringObligation}: which occurrence is open, since when,
 * when it is due (null when none is owed) and with which calendar version that was computed (so an
 * explicit recomputation after a calendar year was loaded finds it and computes it again from the same
 * start). Embedded in the business object's row, so it changes in the act's transaction; the columns
 * are named by the embedding entity.
 */
@Embeddable
public class RecurringDuty {

    @Column(name = "seq")
    private int seq;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "calendar_version")
    private String calendarVersion;

    public RecurringDuty() {
    }

    /** Opens the next occurrence, owed from {@code startedAt}, due at {@code due} as computed with {@code calendarVersion}. */
    public void openNext(Instant startedAt, Instant due, String calendarVersion) {
        seq++;
        this.startedAt = startedAt;
        this.dueAt = due;
        this.calendarVersion = calendarVersion;
    }

    /** The open occurrence's due instant computed again (a calendar year was loaded); the occurrence stays the same. */
    public void reschedule(Instant due, String calendarVersion) {
        if (dueAt == null) {
            throw new IllegalStateException("no occurrence is owed; nothing to reschedule");
        }
        this.dueAt = due;
        this.calendarVersion = calendarVersion;
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

    /** Since when the open (or last) occurrence is owed; null for one opened before this was recorded. */
    public Instant startedAt() {
        return startedAt;
    }

    /** The calendar version its due instant was computed with; null for one opened before this was recorded. */
    public String calendarVersion() {
        return calendarVersion;
    }
}
