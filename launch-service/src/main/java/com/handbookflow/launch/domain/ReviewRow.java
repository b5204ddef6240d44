package com.handbookflow.launch.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of table 2 in one review round, a work item of the plan review: signed by a reviewer of
 * its department with an opinion (评审意见), the reviewer's name (评审人) and the date (日期).
 */
public record ReviewRow(ReviewPart part, String department, WorkItemState state, Instant dueAt, ReviewOpinion opinion,
                        String comment, String reviewerId, String reviewerName, LocalDate date, Instant signedAt,
                        Boolean onTime) {

    public static ReviewRow open(ReviewPart part, String department, Instant dueAt) {
        return new ReviewRow(part, department, WorkItemState.OPEN, dueAt, null, null, null, null, null, null, null);
    }

    ReviewRow sign(ReviewOpinion newOpinion, String newComment, String id, String name, LocalDate on, Instant at) {
        return new ReviewRow(part, department, WorkItemState.DONE, dueAt, newOpinion, newComment, id, name, on, at,
                !at.isAfter(dueAt));
    }

    ReviewRow close() {
        return state == WorkItemState.OPEN ? new ReviewRow(part, department, WorkItemState.CLOSED, dueAt, null, null,
                null, null, null, null, null) : this;
    }
}
