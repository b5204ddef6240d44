package com.handbookflow.core.engine.item;

import com.handbookflow.core.label.Labeled;

/** Where a work item stands. */
public enum WorkItemState implements Labeled {
    /** Owed: its responsible person has not signed it yet; its deadline runs. */
    OPEN("待办", "Open"),
    /** Signed off, with its result. */
    DONE("已完成", "Done"),
    /** Its node ended without it (sent back, passed over): no longer owed. */
    CLOSED("已关闭", "Closed");

    private final String zh;
    private final String en;

    WorkItemState(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
