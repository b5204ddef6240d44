package com.handbookflow.project.gantt;

import com.handbookflow.core.label.Labeled;

/** A task's state as table 5 names it (状态), the colour of its bar. */
public enum GanttStatus implements Labeled {
    /** Not started yet; may still be pushed by late predecessors. */
    PENDING("待执行", "Pending"),
    IN_PROGRESS("进行中", "In progress"),
    DONE("已完成", "Done"),
    /** Past its deadline and not done (set by the due scan). */
    DELAYED("延期", "Delayed");

    private final String zh;
    private final String en;

    GanttStatus(String zh, String en) {
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

    /** Started tasks are history: their start no longer moves, whatever their predecessors do. */
    public boolean hasStarted() {
        return this != PENDING;
    }
}
