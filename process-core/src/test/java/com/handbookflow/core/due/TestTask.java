package com.handbookflow.core.due;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A task with a deadline, like a project's task list row: it becomes DELAYED when the deadline passes undone. */
@Entity
@Table(name = "test_task")
public class TestTask {

    @Id
    UUID id;
    String name;
    String status;
    Instant deadline;
    @Column(name = "delayed_at")
    Instant delayedAt;

    protected TestTask() {
    }

    TestTask(String name, String status, Instant deadline) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.status = status;
        this.deadline = deadline;
    }

    void markDelayed(Instant at) {
        status = "DELAYED";
        delayedAt = at;
    }
}
