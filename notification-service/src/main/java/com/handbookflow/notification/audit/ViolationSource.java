package com.handbookflow.notification.audit;

import com.handbookflow.core.label.Labeled;

/** Where a violation was found. */
public enum ViolationSource implements Labeled {
    AUTOMATIC,
    AUDIT;
}
