package com.handbookflow.notification.supervision;

import com.handbookflow.core.sql.SqlRow;

import java.util.List;

/**
 * The counters of {@code supervision_daily} and {@code supervision_monthly} (V3, V15): what one closed
 * node or rating adds to its cell, or what a period's rows sum to.
 */
record Counts(long completed, long onTime, long late, long returned, long skipped, long withRequiredOutputs,
              long outputsComplete, long satisfactionCount, long satisfactionPoints, long deptSatisfactionCount,
              long deptSatisfactionPoints) {

    /** The counters' columns, in the order of the components. */
    static final List<String> COLUMNS = List.of("completed", "on_time", "late", "returned", "skipped",
            "with_required_outputs", "outputs_complete", "satisfaction_count", "satisfaction_points",
            "dept_satisfaction_count", "dept_satisfaction_points");

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** A row that names each counter's sum as its column. */
    static Counts of(SqlRow r) {
        return new Counts(r.count("completed"), r.count("on_time"), r.count("late"), r.count("returned"),
                r.count("skipped"), r.count("with_required_outputs"), r.count("outputs_complete"),
                r.count("satisfaction_count"), r.count("satisfaction_points"), r.count("dept_satisfaction_count"),
                r.count("dept_satisfaction_points"));
    }

    /** The values in the order of {@link #COLUMNS}. */
    List<Long> values() {
        return List.of(completed, onTime, late, returned, skipped, withRequiredOutputs, outputsComplete,
                satisfactionCount, satisfactionPoints, deptSatisfactionCount, deptSatisfactionPoints);
    }
}
