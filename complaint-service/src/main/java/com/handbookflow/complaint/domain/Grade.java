package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** Grade / 投诉等级: GENERAL (one customer, quick fix) or MAJOR (hurts experience or reputation, needs several departments). */
public enum Grade implements Labeled {
    GENERAL,
    MAJOR;
}
