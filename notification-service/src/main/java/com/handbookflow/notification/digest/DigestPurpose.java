package com.handbookflow.notification.digest;

import com.handbookflow.core.label.Labeled;

/** Why notices were bundled. */
public enum DigestPurpose implements Labeled {
    /** Further notices to a recipient within the window after one that went out at once. */
    DIGEST,
    /** Non-urgent reminders to a person outside working hours, sent at the start of the next working day. */
    QUIET_HOURS;
}
