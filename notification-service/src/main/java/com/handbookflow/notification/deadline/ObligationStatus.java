package com.handbookflow.notification.deadline;

import com.handbookflow.core.label.Labeled;

public enum ObligationStatus implements Labeled {
    /** Owed: reminders run. */
    OPEN("进行中", "Open"),
    /** Done, returned, skipped or no longer owed: reminders stopped. */
    CLOSED("已关闭", "Closed");

    private final String zh;
    private final String en;

    ObligationStatus(String zh, String en) {
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
