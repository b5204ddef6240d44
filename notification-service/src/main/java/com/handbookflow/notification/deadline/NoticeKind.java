package com.handbookflow.notification.deadline;

import com.handbookflow.core.label.Labeled;

/** What a notice says about an obligation (stored and published by its name). */
public enum NoticeKind implements Labeled {
    /** Due soon: one working day before, or at 80% of a short limit. */
    WARNING,
    /** Due now and not done. */
    OVERDUE,
    /** Still not done, repeated after due. */
    REMINDER,
    /** Told to someone up the ladder. */
    ESCALATION,
    /** Supervision tells a department of something it has to act on, e.g. the monthly audit sample (no deadline chain). */
    ANNOUNCEMENT;
}
