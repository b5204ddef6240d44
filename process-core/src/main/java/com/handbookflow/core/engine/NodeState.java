package com.handbookflow.core.engine;

import com.handbookflow.core.label.Labeled;

/** The state of one node of a process instance. */
public enum NodeState implements Labeled {
    /** Not reached yet. */
    PENDING("待处理", "Pending"),
    /** Being worked on; its deadline runs. */
    ACTIVE("进行中", "Active"),
    /** Done, with its required outputs. */
    COMPLETED("已完成", "Completed"),
    /** Done, but its outcome sent the process back to an earlier node. */
    RETURNED("已退回", "Returned"),
    /** Passed over by an override, without its required outputs (an audit finding). */
    SKIPPED("已跳过", "Skipped");

    private final String zh;
    private final String en;

    NodeState(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
