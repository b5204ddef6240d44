package com.handbookflow.launch.domain;

import com.handbookflow.core.label.Labeled;

/** Where a launch stands as a whole. */
public enum LaunchStatus implements Labeled {
    IN_PROGRESS("进行中", "In progress"),
    REJECTED("已否决", "Rejected"),
    ARCHIVED("已归档", "Archived");

    private final String zh;
    private final String en;

    LaunchStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
