package com.handbookflow.launch.archive;

import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import com.handbookflow.core.label.Labeled;
import com.handbookflow.launch.domain.BusinessGoal;
import com.handbookflow.launch.domain.EmergencyPlan;
import com.handbookflow.launch.domain.ExpectedResources;
import com.handbookflow.launch.domain.FeasibilityContribution;
import com.handbookflow.launch.domain.FeasibilityReport;
import com.handbookflow.launch.domain.ItemLabels;
import com.handbookflow.launch.domain.Launch;
import com.handbookflow.launch.domain.LaunchConfirmation;
import com.handbookflow.launch.domain.LaunchPlan;
import com.handbookflow.launch.domain.MetricResult;
import com.handbookflow.launch.domain.PlanRevision;
import com.handbookflow.launch.domain.RequirementApplication;
import com.handbookflow.launch.domain.ReviewRound;
import com.handbookflow.launch.domain.LaunchDuty;
import com.handbookflow.launch.domain.ReviewPart;
import com.handbookflow.launch.service.LaunchProcess;
import com.handbookflow.core.engine.item.WorkItem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * The readable summary of a launch's archive (项目全套资料): one UTF-8 HTML page in Chinese with
 * table 1, the feasibility analysis, every review round of table 2, development and testing, the
 * launch plan and duties, the release, the evaluation and the timeline of every node with who and why.
 * Every value is escaped; the page has no script and no external resource.
 */
final class ArchiveDocument {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StringBuilder html = new StringBuilder();
    private final ZoneId zone;

    private ArchiveDocument(ZoneId zone) {
        this.zone = zone;
    }

    static String of(Launch launch, ProcessInstance process, ProcessDefinition definition, List<WorkItem> items,
                     List<String> files, ZoneId zone) {
        return new ArchiveDocument(zone).render(launch, process, definition, items, files);
    }

    private String render(Launch l, ProcessInstance process, ProcessDefinition definition, List<WorkItem> items,
                          List<String> files) {
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
                .append(esc("新业务上线归档 " + l.number())).append("</title></head><body>\n");
        heading(1, "新业务上线归档：" + l.businessName() + "（" + l.number() + "）");
        table(List.of(
                row("流程编号", l.number()), row("状态", label(l.status())),
                row("否决原因", l.rejectionReason()), row("结束时间", time(l.endedAt()))));

        RequirementApplication a = l.application();
        heading(2, "一、新业务需求申请表");
        BusinessGoal g = a.goal();
        ExpectedResources r = a.resources();
        table(List.of(
                row("流程编号", l.number()), row("业务名称", a.businessName()), row("发起部门", l.originatingDepartment()),
                row("发起人", l.originatorName()), row("申请日期", String.valueOf(l.appliedOn())),
                row("需求背景：市场需求", a.marketNeed()), row("需求背景：用户痛点", a.userPainPoint()),
                row("业务目标", g == null ? null : label(g.metric()) + " " + number(g.targetValue())
                        + Objects.toString(g.unit(), "") + "，" + g.horizonMonths() + " 个月内"
                        + (g.description() == null ? "" : "（" + g.description() + "）")),
                row("核心功能需求", String.join("；", a.coreFunctions())),
                row("预期资源", r == null ? null : "人力 " + r.people() + " 人；预算 " + number(r.budget()) + " 元；技术支持："
                        + Objects.toString(r.technicalSupport(), "-")),
                row("提交时间", time(l.submittedAt()))));

        heading(2, "二、可行性分析报告");
        for (FeasibilityContribution c : l.feasibilityContributions()) {
            paragraph("协作意见（" + c.department() + "，" + c.authorName() + "，" + time(c.at()) + "）：" + c.summary());
        }
        FeasibilityReport f = l.feasibilityReport();
        if (f != null) {
            table(List.of(row("技术可行性", f.technology()), row("资源", f.resources()), row("成本收益", f.costBenefit()),
                    row("竞争分析", f.competition()), row("结论", label(f.conclusion())), row("理由", f.reason()),
                    row("编制人", f.authorName() + "，" + time(f.at()))));
        }

        heading(2, "三、新业务上线方案评审表");
        for (ReviewRound round : l.reviewRounds()) {
            heading(3, "第 " + round.round() + " 轮评审（" + time(round.openedAt()) + "）：" + label(round.conclusion()));
            html.append("<table border=\"1\"><tr><th>评审内容</th><th>评审部门</th><th>评审意见</th><th>说明</th>"
                    + "<th>评审人</th><th>日期</th></tr>\n");
            for (WorkItem row : LaunchProcess.reviewRows(items, round.round())) {
                html.append("<tr>").append(cell(ItemLabels.label(ReviewPart.class, row).zh()))
                        .append(cell(row.responsibleDepartment()))
                        .append(cell(row.result() == null ? label(row.state()) : label(row.result())))
                        .append(cell(row.comment())).append(cell(row.signedByName()))
                        .append(cell(row.signedById() == null ? null
                                : row.completedAt().atZone(zone).toLocalDate().toString())).append("</tr>\n");
            }
            html.append("</table>\n");
            if (round.signedOffAt() != null) {
                paragraph("分管领导签字确认：" + round.signedOffByName() + "，" + time(round.signedOffAt())
                        + (round.signOffComment() == null ? "" : "，" + round.signOffComment()));
            }
        }
        for (PlanRevision revision : l.revisions()) {
            paragraph("方案修改（第 " + revision.afterRound() + " 轮后，" + revision.authorName() + "，"
                    + time(revision.at()) + "）：" + revision.summary());
        }

        heading(2, "四、资源调配与开发测试");
        table(List.of(row("开发测试时限", l.developmentLimit()), row("时限理由", l.developmentLimitReason()),
                row("测试报告", l.testReport() == null ? null : l.testReport().summary() + "（用例 "
                        + l.testReport().casesRun() + "，通过 " + l.testReport().casesPassed() + "，遗留缺陷 "
                        + l.testReport().openDefects() + "）"),
                row("用户验收确认函", l.uatConfirmation() == null ? null : l.uatConfirmation().statement() + "（"
                        + l.uatConfirmation().acceptedBy() + "，" + l.uatConfirmation().acceptedOn() + "）")));

        heading(2, "五、上线准备与正式发布");
        LaunchPlan plan = l.launchPlan();
        if (plan != null) {
            EmergencyPlan e = plan.emergencyPlan();
            table(List.of(row("计划上线时间", time(plan.launchAt())), row("上线人员", String.join("；", plan.people())),
                    row("应急预案：回滚步骤", e == null ? null : String.join(" → ", e.rollbackSteps())),
                    row("应急预案：用户补偿方案", e == null ? null : e.userCompensation()),
                    row("应急预案：启动条件", e == null ? null : e.trigger()), row("上线后监控", plan.monitoring())));
        }
        for (WorkItem d : LaunchProcess.duties(items)) {
            paragraph(ItemLabels.label(LaunchDuty.class, d).zh() + "（" + d.responsibleDepartment() + "）："
                    + label(d.state())
                    + (d.signedByName() == null ? "" : "，" + d.signedByName() + "，" + time(d.completedAt()))
                    + (d.comment() == null ? "" : "，" + d.comment()));
        }
        LaunchConfirmation c = l.launchConfirmation();
        if (c != null) {
            table(List.of(row("上线确认函", c.statement()), row("上线时间", time(c.launchedAt())),
                    row("上线后监控", c.monitoringNote()), row("确认人", c.confirmedByName())));
        }

        heading(2, "六、新业务上线效果评估报告");
        if (l.evaluation() != null) {
            html.append("<table border=\"1\"><tr><th>指标</th><th>目标值</th><th>实际值</th><th>是否达成</th></tr>\n");
            for (MetricResult m : l.evaluation().metrics()) {
                String unit = Objects.toString(m.unit(), "");
                html.append("<tr>").append(cell(label(m.metric()) + (m.goal() ? "（申请表业务目标）" : "")))
                        .append(cell(number(m.target()) + unit)).append(cell(number(m.actual()) + unit))
                        .append(cell(m.met() ? "达成" : "未达成")).append("</tr>\n");
            }
            html.append("</table>\n");
            paragraph("用户反馈：" + Objects.toString(l.evaluation().feedback(), "-"));
            paragraph("评估结论：" + l.evaluation().conclusion() + "（" + l.evaluation().authorName() + "，"
                    + time(l.evaluation().at()) + "）");
        }

        heading(2, "七、流程节点记录");
        html.append("<table border=\"1\"><tr><th>节点</th><th>次数</th><th>状态</th><th>负责部门</th><th>开始</th>"
                + "<th>时限</th><th>截止</th><th>完成</th><th>是否按时</th><th>结果</th><th>操作人</th><th>说明</th></tr>\n");
        for (NodeInstance n : process.nodes()) {
            String name = definition.node(n.nodeKey()).map(d -> d.nameZh()).orElse(n.nodeKey());
            html.append("<tr>").append(cell(name)).append(cell(String.valueOf(n.attempt())))
                    .append(cell(label(n.state()))).append(cell(n.responsibleDepartment()))
                    .append(cell(time(n.startedAt()))).append(cell(n.limitSpec())).append(cell(time(n.dueAt())))
                    .append(cell(time(n.completedAt())))
                    .append(cell(n.onTime() == null ? null : n.onTime() ? "是" : "否"))
                    .append(cell(n.outcome())).append(cell(n.actorName())).append(cell(n.comment())).append("</tr>\n");
        }
        html.append("</table>\n");

        heading(2, "八、附件");
        if (files.isEmpty()) {
            paragraph("无");
        }
        for (String file : files) {
            paragraph(file);
        }
        html.append("</body></html>\n");
        return html.toString();
    }

    private void heading(int level, String text) {
        html.append("<h").append(level).append('>').append(esc(text)).append("</h").append(level).append(">\n");
    }

    private void paragraph(String text) {
        html.append("<p>").append(esc(text)).append("</p>\n");
    }

    private void table(List<String[]> rows) {
        html.append("<table border=\"1\">\n");
        for (String[] row : rows) {
            html.append("<tr><th>").append(esc(row[0])).append("</th>").append(cell(row[1])).append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static String[] row(String name, String value) {
        return new String[]{name, value};
    }

    private static String cell(String value) {
        return "<td>" + esc(value == null ? "-" : value) + "</td>";
    }

    private String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
    }

    private static String label(Labeled value) {
        return value == null ? null : value.zh();
    }

    private static String number(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    /** HTML escaping: the kit's, one home for it (process-core's document renderer uses the same). */
    static String esc(String text) {
        return com.handbookflow.core.document.HtmlDocumentRenderer.escape(text);
    }
}
