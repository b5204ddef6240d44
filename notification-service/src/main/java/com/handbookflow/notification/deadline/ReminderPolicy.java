package com.handbookflow.notification.deadline;

import java.util.Map;

/**
 * The resolved reminder rule of one scenario and node.
 *
 * @param warningBefore       how long before due the warning comes (null: no warning)
 * @param shortLimitWarningAt fraction of a limit shorter than a day at which the warning comes
 * @param repeatEvery         interval of reminders after due (null: no repeats)
 * @param ladder              escalation rungs in order, each with its delay after due
 */
public record ReminderPolicy(Offset warningBefore, double shortLimitWarningAt, Offset repeatEvery,
                             Map<EscalationLevel, Offset> ladder) {
}
