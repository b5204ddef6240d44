package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** Problem type (table 3) / 问题类型; routing to the responsible department follows it. */
public enum ProblemType implements Labeled {
    PRODUCT_QUALITY,
    SERVICE_ATTITUDE,
    LOGISTICS_DELAY,
    AFTER_SALES,
    OTHER;
}
