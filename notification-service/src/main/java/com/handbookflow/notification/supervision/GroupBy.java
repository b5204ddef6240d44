package com.handbookflow.notification.supervision;

import com.handbookflow.core.label.Labeled;

/** The rows of a metrics answer: one per scenario, per scenario and node, or per scenario and department. */
public enum GroupBy implements Labeled {
    SCENARIO("按场景", "By scenario", "'*'", "'*'", "'*'", "'*'"),
    NODE("按节点", "By node", "node_key", "'*'", "item_key", "'*'"),
    DEPARTMENT("按部门", "By department", "'*'", "department", "'*'", "coalesce(responsible_department, '-')");

    private final String zh;
    private final String en;
    /**
     * Column fragments (constants of this enum, never user input) for the aggregates, which share their
     * key columns (supervision_daily, supervision_duration), and for the obligation table (open rows).
     */
    final String dailyNode;
    final String dailyDepartment;
    final String obligationNode;
    final String obligationDepartment;

    GroupBy(String zh, String en, String dailyNode, String dailyDepartment, String obligationNode, String obligationDepartment) {
        this.zh = zh;
        this.en = en;
        this.dailyNode = dailyNode;
        this.dailyDepartment = dailyDepartment;
        this.obligationNode = obligationNode;
        this.obligationDepartment = obligationDepartment;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
