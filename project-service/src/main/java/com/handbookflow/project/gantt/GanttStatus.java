package com.handbookflow.project.gantt;

import com.handbookflow.core.label.Labeled;

/** A task's state as table 5 names it (状态), the colour of its bar. */
public enum GanttStatus implements Labeled {
    /** Not started yet; may still be pushed by late predecessors. */
    PENDING,
    IN_PROGRESS,
    DONE,
    /** Past its deadline and not done (set by the due scan). */
    DELAYED;

    /** Started tasks are history: their start no longer moves, whatever their predecessors do. */
    public boolean hasStarted() {
        return this != PENDING;
    }
}
