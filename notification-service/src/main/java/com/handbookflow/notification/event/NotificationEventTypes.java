package com.handbookflow.notification.event;

/** CloudEvents types the notification service publishes on {@code notification.events}. */
public final class NotificationEventTypes {

    public static final String REMINDER_SENT = "com.handbookflow.notification.reminder-sent";
    public static final String DEADLINE_BREACHED = "com.handbookflow.notification.deadline-breached";
    public static final String ESCALATION_SENT = "com.handbookflow.notification.escalation-sent";
    /** Several notices to one recipient in one message (additive: each notice keeps its own event too). */
    public static final String DIGEST_SENT = "com.handbookflow.notification.digest-sent";

    private NotificationEventTypes() {
    }
}
