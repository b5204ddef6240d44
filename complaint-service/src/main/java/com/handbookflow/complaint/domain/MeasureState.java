package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** State of an improvement measure / 改进措施状态. */
public enum MeasureState implements Labeled {
    OPEN,
    DONE;
}
