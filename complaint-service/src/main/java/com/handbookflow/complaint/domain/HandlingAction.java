package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** An action of the handling plan / 处理措施. */
public enum HandlingAction implements Labeled {
    REFUND("退款", "Refund"),
    EXCHANGE("换货", "Exchange"),
    REPAIR("维修", "Repair"),
    COMPENSATION("补偿", "Compensation"),
    FIX("整改修复", "Fix"),
    APOLOGY("道歉", "Apology"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    HandlingAction(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
