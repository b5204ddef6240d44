package com.handbookflow.project.domain;

import com.handbookflow.core.label.Labeled;

/** Table 5 task status / 任务状态; DELAYED is set by the delay scan when a task is past its deadline and not done. */
public enum TaskStatus implements Labeled {
    PENDING("待执行", "Pending"),
    IN_PROGRESS("进行中", "In progress"),
    DONE("已完成", "Done"),
    DELAYED("延期", "Delayed");

    private final String zh;
    private final String en;

    TaskStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() { return zh; }

    @Override
    public String en() { return en; }
}
