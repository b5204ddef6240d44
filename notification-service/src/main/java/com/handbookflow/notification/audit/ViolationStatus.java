package com.handbookflow.notification.audit;

import com.handbookflow.core.label.Labeled;

/** Whether a violation still waits for its correction. */
public enum ViolationStatus implements Labeled {
    OPEN,
    RESOLVED;
}
