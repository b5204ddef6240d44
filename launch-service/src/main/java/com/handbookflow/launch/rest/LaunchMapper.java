package com.handbookflow.launch.rest;

import com.handbookflow.core.act.BusinessActs;
import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.engine.item.WorkItem;
import com.handbookflow.core.engine.rest.NodeViews;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.launch.domain.BusinessGoal;
import com.handbookflow.launch.domain.Evaluation;
import com.handbookflow.launch.domain.ItemLabels;
import com.handbookflow.launch.domain.Launch;
import com.handbookflow.launch.domain.LaunchStatus;
import com.handbookflow.launch.domain.MetricResult;
import com.handbookflow.launch.domain.RequirementApplication;
import com.handbookflow.launch.domain.ReviewRound;
import com.handbookflow.launch.domain.LaunchDuty;
import com.handbookflow.launch.domain.ReviewPart;
import com.handbookflow.launch.service.LaunchProcess;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The one place where launches become API views; entities never leave through the API. */
@ApplicationScoped
public class LaunchMapper {

    private final ProcessEngine engine;
    private final Clock clock;
    private final WorkingDayCalendar calendar;

    LaunchMapper(ProcessEngine engine, Clock clock, WorkingDayCalendar calendar) {
        this.engine = engine;
        this.clock = clock;
        this.calendar = calendar;
    }

    public LaunchSummary summary(Launch l) {
        return new LaunchSummary(l.number(), l.businessName(), l.originatingDepartment(), l.originatorName(),
                l.appliedOn(), LabeledValue.of(l.status()), l.currentNode(), l.currentDueAt(), overdue(l));
    }

    /** A launch after an act, or as read: inside the transaction, as its review rows and duties are read. */
    public LaunchView view(BusinessActs.Acted<Launch> launch) {
        return view(launch.object(), launch.process());
    }

    /** Inside the reading transaction: the review rows and duties are the process's work items. */
    public LaunchView view(Launch l, ProcessInstance process) {
        RequirementApplication a = l.application();
        List<WorkItem> items = engine.workItems(process);
        return new LaunchView(l.number(), LabeledValue.of(l.status()), l.currentNode(), l.currentDueAt(), overdue(l),
                new LaunchView.Application(l.number(), a.businessName(), l.originatingDepartment(), l.originatorId(),
                        l.originatorName(), l.appliedOn(), a.marketNeed(), a.userPainPoint(), goal(a.goal()),
                        a.coreFunctions(), a.resources(), l.submittedAt()),
                new LaunchView.Feasibility(l.feasibilityContributions(), l.feasibilityReport(),
                        l.feasibilityReport() == null ? null : LabeledValue.of(l.feasibilityReport().conclusion())),
                l.reviewRounds().stream().map(r -> round(r, LaunchProcess.reviewRows(items, r.round()))).toList(),
                l.revisions(),
                new LaunchView.Development(process.latest(LaunchProcess.DEVELOPMENT).map(NodeInstance::limitSpec)
                        .orElse(l.developmentLimit()), l.developmentLimitReason(), l.testReport(), l.uatConfirmation()),
                new LaunchView.Release(l.launchPlan(),
                        LaunchProcess.duties(items).stream().map(LaunchMapper::duty).toList(),
                        l.launchConfirmation()),
                evaluation(l.evaluation()), l.rejectionReason(), l.endedAt(), timeline(process));
    }

    /**
     * Every activation, named by the definition version the launch runs on (inside the reading
     * transaction): the kit's timeline, with the comment of each step (who said why).
     */
    public List<NodeView> timeline(ProcessInstance process) {
        List<com.handbookflow.core.engine.rest.NodeView> steps =
                NodeViews.timeline(engine.definition(process), process, clock.instant());
        List<NodeInstance> nodes = process.nodes();
        return java.util.stream.IntStream.range(0, steps.size())
                .mapToObj(i -> NodeView.of(steps.get(i), nodes.get(i).comment())).toList();
    }

    static LaunchView.Goal goal(BusinessGoal g) {
        return g == null ? null : new LaunchView.Goal(LabeledValue.of(g.metric()), g.targetValue(), g.unit(),
                g.horizonMonths(), g.description());
    }

    private LaunchView.ReviewRoundView round(ReviewRound r, List<WorkItem> rows) {
        return new LaunchView.ReviewRoundView(r.round(), r.openedAt(), rows.stream().map(this::row).toList(),
                LabeledValue.of(r.conclusion()), r.signedOffByName(), r.signedOffAt(), r.signOffComment());
    }

    private LaunchView.ReviewRowView row(WorkItem r) {
        boolean signed = r.signedById() != null;
        return new LaunchView.ReviewRowView(ItemLabels.label(ReviewPart.class, r), r.responsibleDepartment(),
                LabeledValue.of(r.state()), r.dueAt(), LabeledValue.of(r.result()), r.comment(), r.signedByName(),
                signed ? r.completedAt().atZone(calendar.zone()).toLocalDate() : null, signed ? r.completedAt() : null,
                r.onTime());
    }

    private static LaunchView.DutyView duty(WorkItem d) {
        boolean done = d.signedById() != null;
        return new LaunchView.DutyView(ItemLabels.label(LaunchDuty.class, d), d.responsibleDepartment(), LabeledValue.of(d.state()),
                d.dueAt(), d.comment(), d.signedByName(), done ? d.completedAt() : null, d.onTime());
    }

    private static LaunchView.EvaluationView evaluation(Evaluation e) {
        return e == null ? null : new LaunchView.EvaluationView(e.metrics().stream().map(LaunchMapper::metric).toList(),
                e.goalMet(), e.feedback(), e.conclusion(), e.authorName(), e.at());
    }

    private static LaunchView.MetricView metric(MetricResult m) {
        return new LaunchView.MetricView(LabeledValue.of(m.metric()), m.target(), m.actual(), m.unit(), m.met(),
                m.goal());
    }

    private boolean overdue(Launch l) {
        return l.status() == LaunchStatus.IN_PROGRESS && l.currentDueAt() != null
                && clock.instant().isAfter(l.currentDueAt());
    }
}
