package com.handbookflow.complaint.document.rest;

import com.handbookflow.complaint.document.ComplaintDocumentKind;
import com.handbookflow.complaint.rest.ComplaintView;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.document.BusinessDocument;
import com.handbookflow.core.document.BusinessDocument.Section;
import com.handbookflow.core.engine.rest.NodeView;
import com.handbookflow.core.label.LabeledValue;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static com.handbookflow.core.document.BusinessDocument.column;
import static com.handbookflow.core.document.BusinessDocument.field;

/**
 * The complaint's documents as content, built from the complaint as the caller may see it (so a reader
 * without the right to personal data gets the forms without complainant and contact). A document
 * exists once the act that produces it is done; before that it is empty.
 */
@ApplicationScoped
public class ComplaintDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WorkingDayCalendar calendar;

    ComplaintDocuments(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public Optional<BusinessDocument> of(ComplaintView c, ComplaintDocumentKind kind) {
        List<Section> sections = switch (kind) {
            case REGISTRATION_FORM -> c.registration().registeredAt() == null ? null : List.of(registration(c));
            case HANDLING_PLAN -> c.plans().isEmpty() ? null : plans(c);
            case CUSTOMER_CONFIRMATION -> c.confirmations().isEmpty() ? null : confirmations(c);
            case ARCHIVE_FORM -> c.closure() == null || c.closure().closedAt() == null ? null : archive(c);
            case IMPROVEMENT_REPORT -> c.closure() == null ? null : improvement(c);
        };
        return Optional.ofNullable(sections).map(s -> new BusinessDocument(kind.key(), kind.zh(), kind.en(), c.number(),
                "complaint:" + c.number() + "/" + kind.key(), s));
    }

    /** Table 3 / 客户投诉登记表. */
    private Section registration(ComplaintView c) {
        ComplaintView.Registration r = c.registration();
        return Section.of("投诉信息", "Complaint", List.of(
                field("投诉编号", "Complaint number", c.number()),
                field("投诉日期", "Received", time(r.receivedAt())),
                field("投诉人", "Complainant", r.complainant()),
                field("联系方式", "Contact", r.contact()),
                field("投诉渠道", "Channel", zh(r.channel())),
                field("问题类型", "Problem type", withOther(r.problemType(), r.problemTypeOther())),
                field("问题描述", "Description", r.description()),
                field("客户诉求", "Customer demand", withOther(r.demand(), r.demandOther())),
                field("紧急程度", "Urgency", zh(r.urgency())),
                field("首问负责人", "First-contact person", c.contactPerson() == null ? null : c.contactPerson().name()),
                field("登记时间", "Registered", time(r.registeredAt()))));
    }

    /** 投诉处理方案, every plan (a re-handled complaint has more than one), with its grading and cooperating parts. */
    private List<Section> plans(ComplaintView c) {
        List<Section> sections = new ArrayList<>();
        sections.add(grading(c));
        for (ComplaintView.Plan p : c.plans()) {
            sections.add(Section.of("处理方案 " + p.attempt(), "Plan " + p.attempt(), List.of(
                    field("责任部门（牵头）", "Responsible (lead) department", p.department()),
                    field("处理措施", "Actions", p.actionLabels().stream().map(LabeledValue::zh)
                            .collect(Collectors.joining("、"))),
                    field("方案说明", "Description", p.description()),
                    field("协办部门及分工", "Cooperating departments", p.cooperations().isEmpty() ? null
                            : p.cooperations().stream().map(x -> x.department() + "：" + x.task())
                            .collect(Collectors.joining("\n"))),
                    field("提交人", "Submitted by", p.submittedBy()),
                    field("提交时间", "Submitted", time(p.submittedAt())))));
        }
        return sections;
    }

    private Section grading(ComplaintView c) {
        ComplaintView.Classification k = c.classification();
        return Section.of("投诉信息与分级", "Complaint and grade", List.of(
                field("投诉编号", "Complaint number", c.number()),
                field("问题类型", "Problem type", zh(c.registration().problemType())),
                field("投诉等级", "Grade", k == null ? null : zh(k.grade())),
                field("满足的分级标准", "Grading criteria met", k == null ? null
                        : k.criteria().stream().map(LabeledValue::zh).collect(Collectors.joining("、"))),
                field("与分级标准不符的理由", "Deviation from the criteria", k == null ? null : k.deviationReason()),
                field("紧急程度", "Urgency", zh(c.registration().urgency()))));
    }

    /** Table 4 / 客户处理确认函 (客户满意度回访表), every follow-up. */
    private List<Section> confirmations(ComplaintView c) {
        List<Section> sections = new ArrayList<>();
        for (ComplaintView.Confirmation f : c.confirmations()) {
            sections.add(Section.of("回访 " + f.attempt(), "Follow-up " + f.attempt(), List.of(
                    field("投诉编号", "Complaint number", c.number()),
                    field("处理结果", "Result", f.result()),
                    field("回访日期", "Follow-up date", f.visitDate()),
                    field("回访人", "Visitor", f.visitor()),
                    field("满意度", "Satisfaction", zh(f.satisfaction())),
                    field("客户意见", "Customer comments", f.comments()),
                    field("客户建议", "Customer suggestions", f.suggestions()),
                    field("退回重新处理", "Sent back to handling", f.rehandle() ? "是" : "否"),
                    field("确认时间", "Confirmed", time(f.confirmedAt())))));
        }
        return sections;
    }

    /** 投诉处理归档表: the complaint in brief and every node with its department, due and on-time. */
    private List<Section> archive(ComplaintView c) {
        List<Section> sections = new ArrayList<>();
        sections.add(registration(c));
        sections.add(grading(c));
        sections.add(Section.of("处理与结果", "Handling and result", List.of(
                field("责任部门", "Responsible department", c.assignment() == null ? null : c.assignment().department()),
                field("处理方案数", "Plans", c.plans().size()),
                field("执行结果", "Execution", c.execution() == null ? null : c.execution().result()),
                field("客户满意度", "Satisfaction", zh(c.satisfaction())),
                field("重新处理次数", "Re-handled", c.rehandles()),
                field("根本原因", "Root cause", c.closure() == null ? null : zh(c.closure().rootCauseCategory())),
                field("归档时间", "Archived", time(c.closure().closedAt())))));
        List<List<String>> rows = new ArrayList<>();
        for (NodeView n : c.timeline()) {
            rows.add(List.of(n.nameZh() + (n.attempt() > 1 ? "（第 " + n.attempt() + " 次）" : ""), dash(n.department()),
                    time(n.startedAt()), time(n.dueAt()), time(n.completedAt()),
                    n.onTime() == null ? "-" : n.onTime() ? "是" : "否", dash(n.actor())));
        }
        sections.add(Section.table("节点记录", "Nodes", new BusinessDocument.Table(List.of(
                column("节点", "Node"), column("责任部门", "Department"), column("开始", "Started"),
                column("时限", "Due"), column("完成", "Completed"), column("按时", "On time"),
                column("办理人", "By")), rows)));
        return sections;
    }

    /** 改进措施报告: the responsible department's cause analysis and its measures. */
    private List<Section> improvement(ComplaintView c) {
        ComplaintView.Closure k = c.closure();
        List<List<String>> rows = new ArrayList<>();
        for (ComplaintView.Measure m : k.improvementMeasures()) {
            rows.add(List.of(String.valueOf(m.seq()), m.description(), m.ownerDepartment(), String.valueOf(m.deadline()),
                    zh(m.state()), time(m.completedAt())));
        }
        return List.of(Section.of("原因分析", "Cause analysis", List.of(
                        field("投诉编号", "Complaint number", c.number()),
                        field("根因类别", "Root-cause category", zh(k.rootCauseCategory())),
                        field("具体原因", "Sub-cause", k.rootCauseDetail()),
                        field("原因说明", "Description", k.rootCauseDescription()),
                        field("分析部门", "Analysed by department", k.analysedByDepartment()),
                        field("分析人", "Analysed by", k.analysedBy() == null ? null : k.analysedBy().name()),
                        field("分析时间", "Analysed", time(k.analysedAt())))),
                Section.table("改进措施", "Improvement measures", new BusinessDocument.Table(List.of(
                        column("序号", "No."), column("措施", "Measure"), column("责任部门", "Owner department"),
                        column("完成期限", "Deadline"), column("状态", "State"), column("完成时间", "Completed")), rows)));
    }

    private String time(Instant at) {
        return at == null ? "-" : TIME.format(at.atZone(calendar.zone()));
    }

    private static String zh(LabeledValue value) {
        return value == null ? null : value.zh();
    }

    private static String withOther(LabeledValue value, String other) {
        return value == null ? null : other == null || other.isBlank() ? value.zh() : value.zh() + "（" + other + "）";
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
