package com.handbookflow.notification.audit.rest;

import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.notification.audit.AuditCase;
import com.handbookflow.notification.audit.OptimisationForm;
import com.handbookflow.notification.audit.ProcessSuggestion;
import com.handbookflow.notification.audit.ViolationView;
import com.handbookflow.notification.export.Table;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.handbookflow.notification.export.Table.column;

/**
 * The supervising department's three exports as tables: the same records the JSON reads return, one line
 * each, labels in Chinese, times as the JSON gives them (ISO-8601, UTC).
 */
final class AuditExports {

    private AuditExports() {
    }

    static Table violations(ViolationReport report) {
        List<Table.Column> columns = List.of(
                column("编号", "ID"), column("业务编号", "Business number"), column("流程", "Process"),
                column("节点", "Node"), column("责任部门", "Department"), column("违规类别", "Category"),
                column("来源", "Source"), column("说明", "Note"), column("发生时间", "Occurred at"),
                column("季度", "Quarter"), column("状态", "Status"), column("整改时间", "Resolved at"));
        List<List<Object>> rows = report.items().stream().map(v -> row(v.id(), v.businessNumber(), v.processType(),
                v.nodeKey(), v.department(), zh(v.category()), zh(v.source()), v.note(), v.occurredAt(), v.quarter(),
                zh(v.status()), v.resolvedAt())).toList();
        return new Table("违规记录-" + report.quarter(), "violations-" + report.quarter(), "违规记录 " + report.quarter(),
                columns, rows);
    }

    static Table auditSample(YearMonth month, List<AuditCase> sample) {
        List<Table.Column> columns = List.of(
                column("月份", "Month"), column("流程实例", "Instance ID"), column("流程", "Process"),
                column("业务编号", "Business number"), column("结案部门", "Closing department"),
                column("结案时间", "Closed at"), column("抽查结论", "Verdict"), column("违规类别", "Category"),
                column("说明", "Note"), column("抽查人", "Auditor"), column("抽查时间", "Audited at"),
                column("违规归属部门", "Causing department"));
        List<List<Object>> rows = sample.stream().map(c -> row(c.month(), c.instanceId(), c.processType(),
                c.businessNumber(), c.department(), c.closedAt(), zh(c.verdict()), zh(c.category()), c.note(),
                c.auditor(), c.auditedAt(), c.causingDepartment())).toList();
        return new Table("抽查样本-" + month, "audit-sample-" + month, "抽查样本 " + month, columns, rows);
    }

    /** One line per suggestion; a node without suggestions still has its line, the suggestion cells empty. */
    static Table optimisationForm(OptimisationForm form) {
        List<Table.Column> columns = List.of(
                column("场景", "Scenario"), column("节点", "Node"), column("完成数", "Completed"),
                column("按时完成率", "On-time rate"), column("目标", "Target"), column("是否达标", "Target met"),
                column("超时完成数", "Timeouts"), column("当前超时未完成", "Currently overdue"),
                column("反复超时", "Recurring timeouts"), column("违规数", "Violations"),
                column("优化建议", "Suggestion"), column("责任部门", "Owner department"),
                column("责任人", "Owner person"), column("完成期限", "Due date"), column("建议状态", "Suggestion status"));
        List<List<Object>> rows = new ArrayList<>();
        for (OptimisationForm.Row r : form.rows()) {
            List<Object> figures = row(r.scenario(), r.nodeKey(), r.completed(), r.onTimeRate().value(),
                    r.onTimeRate().target(), yesNo(r.onTimeRate().met()), r.timeouts(), r.currentlyOverdue(),
                    yesNo(r.recurringTimeouts()), r.violations());
            List<ProcessSuggestion> suggestions = r.suggestions() == null ? List.of() : r.suggestions();
            if (suggestions.isEmpty()) {
                rows.add(concat(figures, row(null, null, null, null, null)));
            }
            for (ProcessSuggestion s : suggestions) {
                rows.add(concat(figures, row(s.suggestion(), s.ownerDepartment(), s.ownerPerson(), s.dueDate(),
                        zh(s.status()))));
            }
        }
        return new Table(form.titleZh() + "-" + form.quarter(), "optimisation-form-" + form.quarter(),
                form.titleZh() + " " + form.quarter(), columns, rows);
    }

    private static List<Object> row(Object... cells) {
        // Arrays.asList, not List.of: cells may be null.
        return Arrays.asList(Arrays.stream(cells).map(AuditExports::cell).toArray());
    }

    /** Numbers and booleans stay as they are (the Excel writer keeps them typed); the rest prints as in the JSON. */
    private static Object cell(Object value) {
        return value == null || value instanceof Number || value instanceof Boolean || value instanceof String
                ? value : value.toString();
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String zh(LabeledValue value) {
        return value == null ? null : value.zh();
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "是" : "否";
    }
}
