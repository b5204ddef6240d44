package com.handbookflow.launch.domain;

import com.handbookflow.core.label.Labeled;

/** The overall conclusion of a review round (整体结论). */
public enum ReviewConclusion implements Labeled {
    PENDING("评审中", "Under review"),
    AWAITING_SIGN_OFF("待分管领导签字", "Awaiting the leader's sign-off"),
    APPROVED("通过", "Approved"),
    NEEDS_CHANGES("需修改", "Needs changes"),
    REJECTED("不通过", "Rejected");

    private final String zh;
    private final String en;

    ReviewConclusion(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
