package com.handbookflow.project.domain;

import com.handbookflow.core.label.Labeled;

/** Where a project stands / 项目状态. */
public enum ProjectStatus implements Labeled {
    ACTIVE("进行中", "Active"),
    COMPLETED("已结项", "Completed");

    private final String zh;
    private final String en;

    ProjectStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
