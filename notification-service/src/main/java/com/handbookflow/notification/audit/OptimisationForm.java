package com.handbookflow.notification.audit;

import com.handbookflow.notification.supervision.Metric;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** 《流程优化建议表》: what the quarterly process review found per scenario and node, and what it decided. */
@Schema(name = "OptimisationForm", description = "《流程优化建议表》 Process optimisation suggestion form of a quarter")
public record OptimisationForm(
        @Schema(example = "2026-Q1") String quarter,
        @Schema(example = "流程优化建议表") String titleZh,
        @Schema(example = "Process optimisation suggestion form") String titleEn,
        List<Row> rows) {

    @Schema(name = "OptimisationFormRow", description = "A scenario and node of the form / 建议表的一行（场景、节点）")
    public record Row(
            @Schema(example = "complaint") String scenario,
            @Schema(description = "'*' for what concerns the whole scenario (e.g. audit findings)", example = "PLAN") String nodeKey,
            @Schema(description = "Nodes completed in the quarter / 完成数", example = "52") long completed,
            @Schema(description = "target >= 95% / 按时完成率") Metric onTimeRate,
            @Schema(description = "Completed late in the quarter / 超时完成数", example = "3") long timeouts,
            @Schema(description = "Open and past due now / 当前超时未完成", example = "1") long currentlyOverdue,
            @Schema(description = "Timeouts recur: at least two in the quarter / 反复超时") boolean recurringTimeouts,
            @Schema(description = "Violations registered in the quarter / 违规数", example = "1") long violations,
            @Schema(description = "Suggestions recorded for it, with owner and due date / 优化建议") List<ProcessSuggestion> suggestions) {
    }
}
