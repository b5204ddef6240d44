package com.handbookflow.launch.domain;

import com.handbookflow.core.label.Labeled;

/** The rows of table 2, the plan review form (新业务上线方案评审表). */
public enum ReviewPart implements Labeled {
    BUSINESS_PLAN("业务方案（目标合理性、市场匹配度）", "Business plan (goal soundness, market fit)"),
    TECHNICAL_PLAN("技术方案（可实现性、稳定性）", "Technical plan (feasibility, stability)"),
    RESOURCE_BUDGET("资源预算（成本合理性、投入产出比）", "Resource budget (cost soundness, return on investment)");

    private final String zh;
    private final String en;

    ReviewPart(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
