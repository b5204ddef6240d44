package com.handbookflow.project.domain;

import com.handbookflow.core.label.Labeled;

/** Table 5 task status / 任务状态; DELAYED is set by the delay scan when a task is past its deadline and not done. */
public enum TaskStatus implements Labeled {
    PENDING,
    IN_PROGRESS,
    DONE,
    DELAYED;
}
