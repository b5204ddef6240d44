package com.handbookflow.notification.supervision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The handbook's measures for one scenario (and node or department) in one period. */
@Schema(name = "MetricsRow", description = "Supervision metrics of a scenario, node or department / 督办指标")
public record MetricsRow(
        @Schema(example = "complaint") String scenario,
        @Schema(description = "'*' unless grouped by node", example = "PLAN") String nodeKey,
        @Schema(description = "'*' unless grouped by department", example = "product") String department,
        @Schema(description = "Nodes completed in the period / 完成节点数", example = "52") long completed,
        @Schema(example = "2") long returned,
        @Schema(example = "0") long skipped,
        @Schema(description = "Nodes completed on time / nodes completed; target >= 95% / 节点按时完成率") Metric onTimeRate,
        @Schema(description = "Every tracked obligation (nodes, customer updates, improvement measures, monthly reviews, tasks, risks, work items, suggestions) done on time / done; target >= 95%; not in node rows / 全部督办事项按时完成率")
        Metric obligationsOnTimeRate,
        @Schema(description = "The on-time rate per kind of obligation, nodes first / 按事项类别的按时完成率") java.util.List<KindRate> onTimeByKind,
        @Schema(description = "Completed late / completed / 节点超时率", example = "0.038") Double timeoutRate,
        @Schema(description = "Open and past due now / 当前超时未完成", example = "3") long currentlyOverdue,
        @Schema(description = "Median hours from start to completion / 处理时长中位数（小时）", example = "20.5") Double durationP50Hours,
        @Schema(description = "90th percentile hours / 处理时长 P90（小时）", example = "51.0") Double durationP90Hours,
        @Schema(description = "Average points of the customer's verdict; target >= 90 / 客户满意度") Metric customerSatisfaction,
        @Schema(description = "Average department satisfaction score where reported; target >= 90 / 部门满意度") Metric departmentSatisfaction,
        @Schema(description = "Completions with every required output / completions requiring outputs / 文档完整性") Metric documentCompleteness) {
}
