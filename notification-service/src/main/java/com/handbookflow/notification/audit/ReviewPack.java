package com.handbookflow.notification.audit;

import com.handbookflow.notification.supervision.Metric;
import com.handbookflow.notification.supervision.MetricsRow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The quarterly process review: actual against the three targets, the worst nodes, the open violations, the 《流程优化建议表》. */
@Schema(name = "ReviewPack", description = "Quarterly review pack / 季度流程复盘材料")
public record ReviewPack(
        @Schema(example = "2026-Q1") String quarter,
        LocalDate from,
        LocalDate to,
        List<DepartmentReview> departments,
        @Schema(description = "Nodes with the lowest on-time rate / 按时率最低的节点") List<MetricsRow> worstNodes,
        List<ViolationView> openViolations,
        @Schema(description = "《流程优化建议表》 of the quarter / 流程优化建议表") OptimisationForm optimisationForm) {

    @Schema(name = "DepartmentReview", description = "A department's quarter in one scenario / 部门季度表现")
    public record DepartmentReview(
            @Schema(example = "complaint") String scenario,
            @Schema(example = "product") String department,
            @Schema(example = "52") long completed,
            @Schema(description = "target >= 95%") Metric onTimeRate,
            @Schema(description = "target >= 90") Metric customerSatisfaction,
            @Schema(description = "target >= 90") Metric departmentSatisfaction,
            @Schema(description = "target <= 2 per quarter") Metric violations) {
    }
}
