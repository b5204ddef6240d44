package com.handbookflow.complaint.service;

import com.handbookflow.complaint.domain.ComplaintStatus;
import com.handbookflow.complaint.domain.Grade;
import com.handbookflow.complaint.domain.Urgency;

import java.time.Instant;

/** What a complaint list is narrowed to; null means "any". Received bounds: from inclusive, to exclusive. */
public record ComplaintFilter(ComplaintStatus status, String node, Grade grade, Urgency urgency, String department,
                              Boolean overdue, Instant receivedFrom, Instant receivedBefore) {
}
