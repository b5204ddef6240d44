package com.handbookflow.notification.deadline;

import java.time.Instant;

/**
 * The next thing to tell about an obligation.
 *
 * @param repeat the number of the reminder after due (1, 2, ...); 0 for other kinds
 */
public record PlannedAction(Instant at, NoticeKind kind, EscalationLevel level, int repeat) {
}
