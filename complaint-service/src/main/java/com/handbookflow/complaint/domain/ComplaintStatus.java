package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** Whether the complaint is still being handled / 投诉状态; where it is, is its current node. */
public enum ComplaintStatus implements Labeled {
    OPEN,
    CLOSED;
}
