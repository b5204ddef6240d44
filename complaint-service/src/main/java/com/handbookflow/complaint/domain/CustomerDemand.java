package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** What the customer asks for (table 3) / 客户诉求. */
public enum CustomerDemand implements Labeled {
    REFUND,
    EXCHANGE,
    REPAIR,
    APOLOGY,
    OTHER;
}
