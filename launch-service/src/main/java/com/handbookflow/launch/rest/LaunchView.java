package com.handbookflow.launch.rest;

import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.launch.domain.ExpectedResources;
import com.handbookflow.launch.domain.FeasibilityContribution;
import com.handbookflow.launch.domain.FeasibilityReport;
import com.handbookflow.launch.domain.LaunchConfirmation;
import com.handbookflow.launch.domain.LaunchPlan;
import com.handbookflow.launch.domain.PlanRevision;
import com.handbookflow.launch.domain.TestReport;
import com.handbookflow.launch.domain.UatConfirmation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "LaunchView", description = "A new business launch with every document and its timeline / 新业务上线详情")
public record LaunchView(
        @Schema(example = "SX2026-0001") String number,
        LabeledValue status,
        @Schema(example = "PLAN_REVIEW") String currentNode,
        @Schema(example = "2026-09-17T10:00:00Z") Instant currentDueAt,
        @Schema(example = "false") boolean overdue,
        @Schema(description = "Table 1 / 新业务需求申请表") Application application,
        @Schema(description = "可行性分析") Feasibility feasibility,
        @Schema(description = "Table 2, every round kept / 方案评审表（各轮）") List<ReviewRoundView> reviewRounds,
        @Schema(description = "方案修改记录") List<PlanRevision> revisions,
        @Schema(description = "资源调配与开发测试") Development development,
        @Schema(description = "上线准备与正式发布") Release release,
        @Schema(description = "效果评估") EvaluationView evaluation,
        @Schema(description = "Why the launch was rejected / 否决原因", example = "资源预算：不通过（投入产出比过低）") String rejectionReason,
        Instant endedAt,
        List<NodeView> timeline) {

    @Schema(name = "LaunchApplication")
    public record Application(String number, String businessName, String originatingDepartment, String originatorId,
                              String originatorName, LocalDate appliedOn, String marketNeed, String userPainPoint,
                              Goal goal, List<String> coreFunctions, ExpectedResources resources, Instant submittedAt) {
    }

    @Schema(name = "LaunchGoal", description = "业务目标（量化）")
    public record Goal(LabeledValue metric, @Schema(example = "100000") BigDecimal targetValue,
                       @Schema(example = "人") String unit, @Schema(example = "3") Integer horizonMonths,
                       @Schema(example = "上线 3 个月内积分商城用户达 10 万") String description) {
    }

    @Schema(name = "LaunchFeasibility")
    public record Feasibility(List<FeasibilityContribution> contributions, FeasibilityReport report,
                              LabeledValue conclusion) {
    }

    @Schema(name = "ReviewRoundView", description = "One round of table 2 / 一轮方案评审")
    public record ReviewRoundView(@Schema(example = "1") int round, Instant openedAt, List<ReviewRowView> rows,
                                  LabeledValue conclusion, String signedOffBy, Instant signedOffAt,
                                  String signOffComment) {
    }

    @Schema(name = "ReviewRowView", description = "评审内容 / 评审意见 / 评审人 / 日期")
    public record ReviewRowView(LabeledValue part, @Schema(example = "finance") String department, LabeledValue state,
                                Instant dueAt, LabeledValue opinion, String comment,
                                @Schema(example = "赵敏") String reviewer, LocalDate date, Instant signedAt,
                                Boolean onTime) {
    }

    @Schema(name = "LaunchDevelopment")
    public record Development(@Schema(example = "P15WD") String limit, String limitReason, TestReport testReport,
                              UatConfirmation uatConfirmation) {
    }

    @Schema(name = "LaunchRelease")
    public record Release(LaunchPlan launchPlan, List<DutyView> duties, LaunchConfirmation confirmation) {
    }

    @Schema(name = "DutyView", description = "上线准备分工")
    public record DutyView(LabeledValue duty, @Schema(example = "customer-service") String department,
                           LabeledValue state, Instant dueAt, String note, String doneBy, Instant doneAt,
                           Boolean onTime) {
    }

    @Schema(name = "LaunchEvaluation")
    public record EvaluationView(List<MetricView> metrics, boolean goalMet, String feedback, String conclusion,
                                 String evaluatedBy, Instant evaluatedAt) {
    }

    @Schema(name = "MetricView", description = "指标：目标值、实际值、是否达成")
    public record MetricView(LabeledValue metric, BigDecimal target, BigDecimal actual, String unit, boolean met,
                             @Schema(description = "Table 1's goal metric / 申请表业务目标") boolean goal) {
    }
}
