package com.handbookflow.launch.domain;

import com.handbookflow.core.label.Labeled;

/** A reviewer's opinion on one row of table 2 (评审意见). */
public enum ReviewOpinion implements Labeled {
    PASS("通过", "Pass"),
    FAIL("不通过", "Fail"),
    NEEDS_CHANGES("需修改", "Needs changes");

    private final String zh;
    private final String en;

    ReviewOpinion(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
