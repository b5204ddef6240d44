package com.handbookflow.complaint.domain;

import java.time.Instant;
import java.util.List;

/** One handling plan (投诉处理方案); a re-handled complaint keeps every plan, numbered by attempt. */
public record HandlingPlan(int attempt, List<HandlingAction> actions, String description, String department,
                           Instant submittedAt, String submittedBy) {
}
