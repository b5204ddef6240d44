package com.handbookflow.launch.domain;

import com.handbookflow.core.label.Labeled;

/** The state of a work item inside a node (a review row, a launch-day duty). */
public enum WorkItemState implements Labeled {
    OPEN("进行中", "Open"),
    DONE("已完成", "Done"),
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
