package com.handbookflow.core.engine.item;

import com.handbookflow.core.label.Labeled;

/** Where a work item stands. */
public enum WorkItemState implements Labeled {
    /** Owed: its responsible person has not signed it yet; its deadline runs. */
    OPEN,
    /** Signed off, with its result. */
    DONE,
    /** Its node ended without it (sent back, passed over): no longer owed. */
    CLOSED;
}
