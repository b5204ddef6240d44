package com.handbookflow.core.engine;

import java.time.Instant;

/**
 * One open deadline recomputed with the calendar as it is now (a calendar year was loaded): what it
 * was, what it is. {@code kind} is the obligation kind as notification-service tracks it ({@code NODE},
 * {@code WORK_ITEM}, or a scenario's own such as {@code CUSTOMER_UPDATE}); {@code key} is the node
 * ({@code HANDLE}), the work item ({@code PLAN_REVIEW/technical}) or the obligation ({@code customer-update-2}).
 */
public record DeadlineChange(String kind, String businessNumber, String key, Instant previousDueAt, Instant dueAt,
                             String previousCalendarVersion, String calendarVersion) {

    /** The kind of a node's own deadline. */
    public static final String NODE = "NODE";

    /** Whether the due instant moved (otherwise only the calendar version it is known under changed). */
    public boolean moved() {
        return !previousDueAt.equals(dueAt);
    }
}
