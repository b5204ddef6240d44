package com.handbookflow.project.domain;

import com.handbookflow.core.label.Labeled;

/** Whether a risk is still open / 风险状态. */
public enum RiskStatus implements Labeled {
    OPEN,
    RESOLVED;
}
