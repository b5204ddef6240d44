package com.handbookflow.core.event;

/**
 * CloudEvents types of the system. A new optional field keeps the type; a breaking change would
 * need a new type (we have none).
 */
public final class EventTypes {

    /** A node became active, completed, returned, skipped, or changed hands. */
    public static final String NODE_STATE_CHANGED = "com.handbookflow.process.node-state-changed";
    /** A recurring or standalone obligation (update the customer every 2 days, an improvement measure) opened, was met or closed. */
    public static final String OBLIGATION_CHANGED = "com.handbookflow.process.obligation-changed";
    /** Something must reach a department head or leader at once (e.g. a major complaint). */
    public static final String ESCALATION_RAISED = "com.handbookflow.process.escalation-raised";

    /**
     * notification-service published a year of the working-day calendar (holidays, make-up working days);
     * every service takes it into its calendar ({@code CalendarYearConsumer}).
     */
    public static final String CALENDAR_YEAR_PUBLISHED = "com.handbookflow.notification.calendar-year-published";

    private EventTypes() {
    }
}
