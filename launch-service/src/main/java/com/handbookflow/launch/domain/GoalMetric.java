package com.handbookflow.launch.domain;

import com.handbookflow.core.label.Labeled;

/** What a quantified business goal and an evaluation metric measure (业务目标/评估指标). */
public enum GoalMetric implements Labeled {
    USERS,
    DAU,
    RETENTION,
    CONVERSION,
    REVENUE;
}
