package com.handbookflow.notification.audit;

import com.handbookflow.core.label.Labeled;

/** Whether a violation still waits for its correction. */
public enum ViolationStatus implements Labeled {
    OPEN("待整改", "Open"),
    RESOLVED("已整改", "Resolved");

    private final String zh;
    private final String en;

    ViolationStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
