package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** Problem type (table 3) / 问题类型; routing to the responsible department follows it. */
public enum ProblemType implements Labeled {
    PRODUCT_QUALITY("产品质量", "Product quality"),
    SERVICE_ATTITUDE("服务态度", "Service attitude"),
    LOGISTICS_DELAY("物流延迟", "Logistics delay"),
    AFTER_SALES("售后支持", "After-sales support"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    ProblemType(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
