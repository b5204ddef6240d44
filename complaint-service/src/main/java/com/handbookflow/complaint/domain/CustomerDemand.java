package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** What the customer asks for (table 3) / 客户诉求. */
public enum CustomerDemand implements Labeled {
    REFUND("退款", "Refund"),
    EXCHANGE("换货", "Exchange"),
    REPAIR("维修", "Repair"),
    APOLOGY("道歉", "Apology"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    CustomerDemand(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
