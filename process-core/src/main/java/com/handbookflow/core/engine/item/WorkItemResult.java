package com.handbookflow.core.engine.item;

import com.handbookflow.core.label.Labeled;

/** The opinion a signer gives on a work item, e.g. one row of the plan review form (方案评审表). */
public enum WorkItemResult implements Labeled {
    PASS("通过", "Pass"),
    FAIL("不通过", "Fail"),
    NEEDS_CHANGES("需修改", "Needs changes");

    private final String zh;
    private final String en;

    WorkItemResult(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
