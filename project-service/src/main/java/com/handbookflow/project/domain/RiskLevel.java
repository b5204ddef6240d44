package com.handbookflow.project.domain;

import com.handbookflow.core.label.Labeled;

/** Table 6 risk level / 风险等级; HIGH is escalated at once. */
public enum RiskLevel implements Labeled {
    HIGH("高", "High"),
    MEDIUM("中", "Medium"),
    LOW("低", "Low");

    private final String zh;
    private final String en;

    RiskLevel(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
