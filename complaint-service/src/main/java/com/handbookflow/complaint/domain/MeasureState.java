package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** State of an improvement measure / 改进措施状态. */
public enum MeasureState implements Labeled {
    OPEN("进行中", "Open"),
    DONE("已完成", "Done");

    private final String zh;
    private final String en;

    MeasureState(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
