package com.handbookflow.notification.supervision;

import com.handbookflow.core.label.Labeled;

/** The rows of a metrics answer: one per scenario, per scenario and node, or per scenario and department. */
public enum GroupBy implements Labeled {
    SCENARIO("'*'", "'*'", "'*'", "'*'"),
    NODE("node_key", "'*'", "item_key", "'*'"),
    DEPARTMENT("'*'", "department", "'*'", "coalesce(responsible_department, '-')");

    /**
     * Column fragments (constants of this enum, never user input) for the aggregates, which share their
     * key columns (supervision_daily, supervision_duration), and for the obligation table (open rows).
     */
    final String dailyNode;
    final String dailyDepartment;
    final String obligationNode;
    final String obligationDepartment;

    GroupBy(String dailyNode, String dailyDepartment, String obligationNode, String obligationDepartment) {
        this.dailyNode = dailyNode;
        this.dailyDepartment = dailyDepartment;
        this.obligationNode = obligationNode;
        this.obligationDepartment = obligationDepartment;
    }
}
