package com.handbookflow.launch.domain;

import java.time.Instant;

/** A launch-day duty of one department, a work item of the release node; done when the department reports it. */
public record DutyItem(LaunchDuty duty, String department, WorkItemState state, Instant dueAt, String note,
                       String doneById, String doneByName, Instant doneAt, Boolean onTime) {

    public static DutyItem open(LaunchDuty duty, String department, Instant dueAt) {
        return new DutyItem(duty, department, WorkItemState.OPEN, dueAt, null, null, null, null, null);
    }

    DutyItem done(String newNote, String id, String name, Instant at) {
        return new DutyItem(duty, department, WorkItemState.DONE, dueAt, newNote, id, name, at, !at.isAfter(dueAt));
    }
}
