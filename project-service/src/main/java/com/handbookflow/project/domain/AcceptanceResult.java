package com.handbookflow.project.domain;

import com.handbookflow.core.label.Labeled;

/** A task's result checked against its deliverable standard / 验收结论. */
public enum AcceptanceResult implements Labeled {
    ACCEPTED("验收通过", "Accepted"),
    REJECTED("验收不通过", "Rejected");

    private final String zh;
    private final String en;

    AcceptanceResult(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
