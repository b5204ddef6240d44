package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** Satisfaction at follow-up (table 4) / 满意度. */
public enum Satisfaction implements Labeled {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED;
}
