package com.handbookflow.notification.supervision;

import com.handbookflow.core.label.Labeled;
import com.handbookflow.core.label.LabeledValue;

/** The kinds of tracked obligation the on-time rate is reported by; a kind a scenario adds later is reported by its code. */
public enum TrackedKind implements Labeled {
    NODE("流程节点", "Process node"),
    WORK_ITEM("节点工作项", "Work item of a node"),
    CUSTOMER_UPDATE("客户进度更新", "Customer update"),
    IMPROVEMENT_MEASURE("改进措施", "Improvement measure"),
    MONTHLY_REVIEW("月度复盘", "Monthly review"),
    PROJECT_TASK("项目任务", "Project task"),
    PROJECT_RISK("项目风险", "Project risk"),
    PROCESS_SUGGESTION("流程优化建议", "Process optimisation suggestion");

    private final String zh;
    private final String en;

    TrackedKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The kind with its labels; an unknown kind keeps its code as its labels. */
    public static LabeledValue label(String code) {
        for (TrackedKind kind : values()) {
            if (kind.name().equals(code)) {
                return LabeledValue.of(kind);
            }
        }
        return new LabeledValue(code, code, code);
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
