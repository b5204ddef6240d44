package com.handbookflow.complaint.rest;

import com.handbookflow.complaint.domain.HandlingAction;
import com.handbookflow.core.engine.rest.NodeView;
import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A complaint with everything recorded on it and its node timeline. Enum fields carry their labels. */
@Schema(name = "ComplaintView", description = "A complaint with its forms and node timeline / 投诉详情")
public record ComplaintView(
        UUID id,
        @Schema(example = "TS20260930-0001") String number,
        @Schema(description = "OPEN 处理中, CLOSED 已结案") LabeledValue status,
        @Schema(example = "PLAN") String currentNode,
        @Schema(example = "2026-10-10T10:00:00Z") Instant currentDueAt,
        @Schema(example = "false") boolean overdue,
        Registration registration,
        @Schema(description = "First-contact person (首问负责人): took the complaint first and stays the customer's contact") Person contactPerson,
        Instant acknowledgedAt,
        Classification classification,
        Assignment assignment,
        List<Plan> plans,
        @Schema(description = "Cooperating departments' parts of the execution, every round / 协办部门分工执行情况") List<Cooperation> cooperations,
        Execution execution,
        List<Confirmation> confirmations,
        LabeledValue satisfaction,
        @Schema(example = "0") int rehandles,
        List<Update> progressUpdates,
        @Schema(description = "The next update to the customer is due by / 下次进度告知截止时间", example = "2026-10-02T01:00:00Z") Instant nextUpdateDueAt,
        Closure closure,
        List<NodeView> timeline) {

    @Schema(name = "ComplaintRegistration", description = "Table 3 / 客户投诉登记表")
    public record Registration(Instant receivedAt, @Schema(example = "王芳") String complainant,
                               @Schema(example = "138-0013-8000") String contact, LabeledValue channel,
                               LabeledValue problemType, String problemTypeOther, String description,
                               LabeledValue demand, String demandOther, LabeledValue urgency, Instant registeredAt) {
    }

    @Schema(name = "Person")
    public record Person(@Schema(example = "u1001") String userId, @Schema(example = "张敏") String name) {
    }

    @Schema(name = "ComplaintClassification", description = "分类分级结果: the grade, the grading criteria met (分级标准) "
            + "and the grade they give; deviationReason when the grade given is another")
    public record Classification(LabeledValue grade, String reason,
                                 @Schema(description = "Where the problem type routes / 按类型路由的部门", example = "logistics") String routedDepartment,
                                 @Schema(description = "The grading criteria met / 满足的分级标准") List<LabeledValue> criteria,
                                 @Schema(description = "Amount involved, CNY / 涉及金额（元）", example = "3999.00") BigDecimal amountInvolved,
                                 @Schema(description = "The grade the criteria give / 按分级标准应定等级") LabeledValue derivedGrade,
                                 @Schema(description = "Why the grade is another than the criteria's / 与分级标准不符的理由") String deviationReason) {
    }

    @Schema(name = "ComplaintAssignment", description = "责任部门指派")
    public record Assignment(@Schema(example = "logistics") String department, String overrideReason) {
    }

    @Schema(name = "HandlingPlan", description = "投诉处理方案")
    public record Plan(int attempt, List<HandlingAction> actions, List<LabeledValue> actionLabels, String description,
                       String department, Instant submittedAt, String submittedBy,
                       @Schema(description = "Cooperating departments and their parts / 协办部门及分工") List<PlannedCooperation> cooperations) {
    }

    @Schema(name = "PlannedCooperation", description = "协办部门及分工")
    public record PlannedCooperation(@Schema(example = "after-sales") String department, String task) {
    }

    @Schema(name = "Cooperation", description = "A cooperating department's part of an execution (a work item of EXECUTE) / 协办部门分工执行")
    public record Cooperation(@Schema(description = "The plan (and execution round) it belongs to", example = "1") int attempt,
                              @Schema(example = "after-sales") String department, LabeledValue departmentName,
                              String task,
                              @Schema(description = "OPEN 待办, DONE 已完成, CLOSED 已关闭") LabeledValue state,
                              Instant dueAt, String result, Person completedBy, Instant completedAt, Boolean onTime) {
    }

    @Schema(name = "ComplaintExecution", description = "方案执行")
    public record Execution(String result, Instant executedAt) {
    }

    @Schema(name = "CustomerConfirmation", description = "Table 4 / 客户满意度回访表")
    public record Confirmation(int attempt, String result, LocalDate visitDate, String visitor, LabeledValue satisfaction,
                               String comments, String suggestions, Instant confirmedAt,
                               @Schema(description = "Sent back to handling / 退回重新处理") boolean rehandle) {
    }

    @Schema(name = "ProgressUpdate", description = "进度告知")
    public record Update(int seq, Instant recordedAt, LabeledValue channel, String content, Person by, Instant dueAt,
                         Boolean onTime) {
    }

    @Schema(name = "ComplaintClosure", description = "投诉处理归档表 / 改进措施报告: the responsible department's cause "
            + "analysis and measures (analysedAt, analysedBy); closedAt once customer service archived")
    public record Closure(LabeledValue rootCauseCategory, String rootCauseDetail, String rootCauseDescription,
                          Instant analysedAt, Person analysedBy,
                          @Schema(example = "logistics") String analysedByDepartment,
                          Instant closedAt, List<Measure> improvementMeasures) {
    }

    @Schema(name = "ImprovementMeasure", description = "改进措施")
    public record Measure(@Schema(example = "1") int seq, String description, @Schema(example = "logistics") String ownerDepartment,
                          LocalDate deadline, Instant dueAt,
                          @Schema(description = "OPEN 进行中, DONE 已完成") LabeledValue state, Instant completedAt,
                          Boolean onTime) {
    }
}
