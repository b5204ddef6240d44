package com.handbookflow.launch.domain;

import com.handbookflow.core.label.Labeled;

/** The feasibility report's conclusion (可行性结论). */
public enum FeasibilityConclusion implements Labeled {
    PASS("通过", "Pass"),
    FAIL("不通过", "Fail");

    private final String zh;
    private final String en;

    FeasibilityConclusion(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
