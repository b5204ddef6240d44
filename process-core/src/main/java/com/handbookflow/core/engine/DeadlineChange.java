package com.handbookflow.core.engine;

import java.time.Instant;

/**
 * One open deadline recomputed with the calendar as it is now (a calendar year was loaded): what it
 * was, what it is. {@code key} is the node ({@code HANDLE}) or the work item ({@code PLAN_REVIEW/technical}).
 */
public record DeadlineChange(String businessNumber, String key, Instant previousDueAt, Instant dueAt,
                             String previousCalendarVersion, String calendarVersion) {

    /** Whether the due instant moved (otherwise only the calendar version it is known under changed). */
    public boolean moved() {
        return !previousDueAt.equals(dueAt);
    }
}
