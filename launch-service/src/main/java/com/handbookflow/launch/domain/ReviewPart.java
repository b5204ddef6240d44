package com.handbookflow.launch.domain;

import com.handbookflow.core.label.Labeled;

/** The rows of table 2, the plan review form (新业务上线方案评审表). */
public enum ReviewPart implements Labeled {
    BUSINESS_PLAN,
    TECHNICAL_PLAN,
    RESOURCE_BUDGET;
}
