package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** An action of the handling plan / 处理措施. */
public enum HandlingAction implements Labeled {
    REFUND,
    EXCHANGE,
    REPAIR,
    COMPENSATION,
    FIX,
    APOLOGY,
    OTHER;
}
