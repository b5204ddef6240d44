package com.handbookflow.notification.deadline;

import com.handbookflow.core.label.Labeled;

public enum ObligationStatus implements Labeled {
    /** Owed: reminders run. */
    OPEN,
    /** Done, returned, skipped or no longer owed: reminders stopped. */
    CLOSED;
}
