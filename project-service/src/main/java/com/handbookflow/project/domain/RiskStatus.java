package com.handbookflow.project.domain;

import com.handbookflow.core.label.Labeled;

/** Whether a risk is still open / 风险状态. */
public enum RiskStatus implements Labeled {
    OPEN("待解决", "Open"),
    RESOLVED("已解决", "Resolved");

    private final String zh;
    private final String en;

    RiskStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
