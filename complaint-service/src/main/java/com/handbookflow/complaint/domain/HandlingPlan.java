package com.handbookflow.complaint.domain;

import java.time.Instant;
import java.util.List;

/**
 * One handling plan (投诉处理方案); a re-handled complaint keeps every plan, numbered by attempt. A plan
 * may name cooperating departments (协办部门), each with its part; the plan's department leads and answers
 * for the whole.
 */
public record HandlingPlan(int attempt, List<HandlingAction> actions, String description, String department,
                           Instant submittedAt, String submittedBy, List<Cooperation> cooperations) {

    /** A cooperating department and the part it contributes. */
    public record Cooperation(String department, String task) {
    }

    /** Plans stored before cooperations existed have none. */
    public List<Cooperation> cooperations() {
        return cooperations == null ? List.of() : cooperations;
    }
}
