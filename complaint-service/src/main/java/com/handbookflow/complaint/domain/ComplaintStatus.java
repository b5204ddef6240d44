package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.Labeled;

/** Whether the complaint is still being handled / 投诉状态; where it is, is its current node. */
public enum ComplaintStatus implements Labeled {
    OPEN("处理中", "Open"),
    CLOSED("已结案", "Closed");

    private final String zh;
    private final String en;

    ComplaintStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
