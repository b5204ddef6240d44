package com.handbookflow.notification.audit.rest;

import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.core.label.Texts;
import com.handbookflow.notification.audit.AuditCase;
import com.handbookflow.notification.audit.OptimisationForm;
import com.handbookflow.notification.audit.ProcessSuggestion;
import com.handbookflow.notification.audit.ViolationView;
import com.handbookflow.notification.export.Table;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


/**
 * The supervising department's three exports as tables: the same records the JSON reads return, one line
 * each, labels in Chinese, times as the JSON gives them (ISO-8601, UTC).
 */
final class AuditExports {

    private static final Texts TEXTS = Texts.of(AuditExports.class);

    private AuditExports() {
    }

    /** A column headed {@code 中文 (English)} from the bundle's {@code export.column.*} texts. */
    private static Table.Column column(String key) {
        return Table.column(TEXTS.zh(key), TEXTS.en(key));
    }

    static Table violations(ViolationReport report) {
        List<Table.Column> columns = List.of(
                column("export.column.id"), column("export.column.business-number"), column("export.column.process"),
                column("export.column.node"), column("export.column.department"), column("export.column.category"),
                column("export.column.source"), column("export.column.note"), column("export.column.occurred-at"),
                column("export.column.quarter"), column("export.column.status"), column("export.column.resolved-at"));
        List<List<Object>> rows = report.items().stream().map(v -> row(v.id(), v.businessNumber(), v.processType(),
                v.nodeKey(), v.department(), zh(v.category()), zh(v.source()), v.note(), v.occurredAt(), v.quarter(),
                zh(v.status()), v.resolvedAt())).toList();
        String title = TEXTS.zh("export.violations.title");
        return new Table(title + "-" + report.quarter(), "violations-" + report.quarter(), title + " " + report.quarter(),
                columns, rows);
    }

    static Table auditSample(YearMonth month, List<AuditCase> sample) {
        List<Table.Column> columns = List.of(
                column("export.column.month"), column("export.column.instance-id"), column("export.column.process"),
                column("export.column.business-number"), column("export.column.closing-department"),
                column("export.column.closed-at"), column("export.column.verdict"), column("export.column.category"),
                column("export.column.note"), column("export.column.auditor"), column("export.column.audited-at"),
                column("export.column.causing-department"));
        List<List<Object>> rows = sample.stream().map(c -> row(c.month(), c.instanceId(), c.processType(),
                c.businessNumber(), c.department(), c.closedAt(), zh(c.verdict()), zh(c.category()), c.note(),
                c.auditor(), c.auditedAt(), c.causingDepartment())).toList();
        String title = TEXTS.zh("export.audit-sample.title");
        return new Table(title + "-" + month, "audit-sample-" + month, title + " " + month, columns, rows);
    }

    /** One line per suggestion; a node without suggestions still has its line, the suggestion cells empty. */
    static Table optimisationForm(OptimisationForm form) {
        List<Table.Column> columns = List.of(
                column("export.column.scenario"), column("export.column.node"), column("export.column.completed"),
                column("export.column.on-time-rate"), column("export.column.target"), column("export.column.target-met"),
                column("export.column.timeouts"), column("export.column.currently-overdue"),
                column("export.column.recurring-timeouts"), column("export.column.violations"),
                column("export.column.suggestion"), column("export.column.owner-department"),
                column("export.column.owner-person"), column("export.column.due-date"), column("export.column.suggestion-status"));
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
        return value == null ? null : TEXTS.zh(value ? "export.yes" : "export.no");
    }
}
