package com.handbookflow.core.engine.item;

import com.handbookflow.core.label.Labeled;

/** The opinion a signer gives on a work item, e.g. one row of the plan review form (方案评审表). */
public enum WorkItemResult implements Labeled {
    PASS,
    FAIL,
    NEEDS_CHANGES;
}
