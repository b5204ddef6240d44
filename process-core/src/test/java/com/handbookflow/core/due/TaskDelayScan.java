package com.handbookflow.core.due;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** The test scenario's time-driven change: an unfinished task becomes DELAYED at its deadline. */
@ApplicationScoped
public class TaskDelayScan implements DueScan<TestTask> {

    @Override
    public String name() {
        return "test-task-delay";
    }

    @Override
    public Class<TestTask> entity() {
        return TestTask.class;
    }

    @Override
    public String table() {
        return "test_task";
    }

    @Override
    public String pending() {
        return "status in ('PENDING', 'IN_PROGRESS')";
    }

    @Override
    public String dueColumn() {
        return "deadline";
    }

    @Override
    public void onDue(TestTask task, Instant now) {
        task.markDelayed(now);
    }
}
