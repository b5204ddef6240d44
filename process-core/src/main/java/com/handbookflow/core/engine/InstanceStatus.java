package com.handbookflow.core.engine;

import com.handbookflow.core.label.Labeled;

/** Whether a process instance still runs; how it ended is its end state (CLOSED, REJECTED, ...). */
public enum InstanceStatus implements Labeled {
    ACTIVE("进行中", "Active"),
    ENDED("已结束", "Ended");

    private final String zh;
    private final String en;

    InstanceStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
