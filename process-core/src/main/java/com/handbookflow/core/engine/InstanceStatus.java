package com.handbookflow.core.engine;

import com.handbookflow.core.label.Labeled;

/** Whether a process instance still runs; how it ended is its end state (CLOSED, REJECTED, ...). */
public enum InstanceStatus implements Labeled {
    ACTIVE,
    ENDED;
}
