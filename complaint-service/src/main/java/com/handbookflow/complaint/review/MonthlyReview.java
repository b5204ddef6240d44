package com.handbookflow.complaint.review;

import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The monthly complaint review (月度复盘) of month M, due by the 5th of M+1: what came in, how the
 * nodes kept their limits, how satisfied customers were, and the root causes in Pareto order.
 */
@Schema(name = "MonthlyReview", description = "Monthly complaint review / 投诉月度复盘")
public record MonthlyReview(
        @Schema(example = "2026-09") String month,
        @Schema(description = "Period, Asia/Shanghai: from (inclusive) / 统计起始") Instant periodStart,
        @Schema(description = "to (exclusive) / 统计截止") Instant periodEnd,
        @Schema(description = "The review is due by / 复盘截止时间", example = "2026-10-08T10:00:00Z") Instant dueBy,
        @Schema(description = "The month is over; the figures are final / 月份已结束") boolean complete,
        @Schema(description = "Complaints received in the month / 当月接收投诉数", example = "42") long received,
        @Schema(description = "Complaints closed in the month / 当月结案数", example = "38") long closed,
        List<Count> byProblemType,
        List<Count> byGrade,
        List<Count> byChannel,
        @Schema(description = "By responsible department; not yet assigned complaints under 'unassigned'") List<Count> byDepartment,
        @Schema(description = "Nodes completed in the month and how many in time / 节点按时完成率 (target >= 95%)") List<NodeOnTime> onTimeByNode,
        Satisfaction satisfaction,
        @Schema(description = "Root causes of complaints closed in the month, most frequent first / 根因帕累托") List<Cause> rootCauses,
        @Schema(description = "Per problem type, its causes and their share: is 80% of logistics delay one courier? / 按问题类型的根因分布")
        List<TypeCauses> causesByProblemType,
        @Schema(description = "Causes (category and sub-cause) seen at least the recurring threshold times / 重复出现的原因") List<SubCause> recurringCauses,
        Measures improvementMeasures) {

    @Schema(name = "ReviewCount")
    public record Count(@Schema(description = "The value counted, with labels where it is an enumeration") LabeledValue value,
                       @Schema(example = "12") long count,
                       @Schema(description = "Share of the total, percent", example = "28.6") BigDecimal share) {
    }

    @Schema(name = "NodeOnTime")
    public record NodeOnTime(@Schema(example = "PLAN") String nodeKey, @Schema(example = "制定处理方案") String nameZh,
                             @Schema(example = "Handling plan") String nameEn, @Schema(example = "20") long completed,
                             @Schema(example = "19") long onTime, @Schema(description = "percent", example = "95.0") BigDecimal rate) {
    }

    @Schema(name = "ReviewSatisfaction", description = "Every follow-up answer of the month, re-handled or not")
    public record Satisfaction(@Schema(example = "30") long responses, List<Count> answers,
                               @Schema(description = "Average points (satisfied 100, basically 80, dissatisfied 0 by default); target >= 90",
                                       example = "91.3") BigDecimal score) {
    }

    @Schema(name = "ReviewCause")
    public record Cause(LabeledValue category, @Schema(example = "16") long count,
                        @Schema(description = "percent of closed complaints", example = "42.1") BigDecimal share,
                        @Schema(description = "cumulative percent in Pareto order", example = "42.1") BigDecimal cumulativeShare,
                        @Schema(description = "Sub-causes of this category, most frequent first") List<SubCause> subCauses) {
    }

    @Schema(name = "ReviewSubCause")
    public record SubCause(LabeledValue category, @Schema(example = "迅达快递") String detail, @Schema(example = "13") long count,
                           @Schema(description = "percent of its group (category or problem type)", example = "81.3") BigDecimal share) {
    }

    @Schema(name = "ReviewTypeCauses")
    public record TypeCauses(LabeledValue problemType, long count, List<SubCause> causes) {
    }

    @Schema(name = "ReviewMeasures", description = "Improvement measures decided in the month and where they stand")
    public record Measures(long total, long done, long doneOnTime, long open, long overdue, List<Measure> items) {
    }

    @Schema(name = "ReviewMeasure")
    public record Measure(@Schema(example = "TS20260930-0001") String complaintNumber, int seq, String description,
                          String ownerDepartment, LocalDate deadline, LabeledValue state, boolean overdue) {
    }
}
