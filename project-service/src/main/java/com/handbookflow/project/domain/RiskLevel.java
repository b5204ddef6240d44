package com.handbookflow.project.domain;

import com.handbookflow.core.label.Labeled;

/** Table 6 risk level / 风险等级; HIGH is escalated at once. */
public enum RiskLevel implements Labeled {
    HIGH,
    MEDIUM,
    LOW;
}
