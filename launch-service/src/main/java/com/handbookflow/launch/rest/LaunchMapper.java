package com.handbookflow.launch.rest;

import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.engine.definition.NodeDefinition;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.launch.domain.BusinessGoal;
import com.handbookflow.launch.domain.DutyItem;
import com.handbookflow.launch.domain.Evaluation;
import com.handbookflow.launch.domain.Launch;
import com.handbookflow.launch.domain.LaunchStatus;
import com.handbookflow.launch.domain.MetricResult;
import com.handbookflow.launch.domain.RequirementApplication;
import com.handbookflow.launch.domain.ReviewRound;
import com.handbookflow.launch.domain.ReviewRow;
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

    LaunchMapper(ProcessEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    public LaunchSummary summary(Launch l) {
        return new LaunchSummary(l.number(), l.businessName(), l.originatingDepartment(), l.originatorName(),
                l.appliedOn(), LabeledValue.of(l.status()), l.currentNode(), l.currentDueAt(), overdue(l));
    }

    public LaunchView view(Launch l, ProcessInstance process) {
        RequirementApplication a = l.application();
        return new LaunchView(l.number(), LabeledValue.of(l.status()), l.currentNode(), l.currentDueAt(), overdue(l),
                new LaunchView.Application(l.number(), a.businessName(), l.originatingDepartment(), l.originatorId(),
                        l.originatorName(), l.appliedOn(), a.marketNeed(), a.userPainPoint(), goal(a.goal()),
                        a.coreFunctions(), a.resources(), l.submittedAt()),
                new LaunchView.Feasibility(l.feasibilityContributions(), l.feasibilityReport(),
                        l.feasibilityReport() == null ? null : LabeledValue.of(l.feasibilityReport().conclusion())),
                l.reviewRounds().stream().map(LaunchMapper::round).toList(),
                l.revisions(),
                new LaunchView.Development(process.latest(LaunchProcess.DEVELOPMENT).map(NodeInstance::limitSpec)
                        .orElse(l.developmentLimit()), l.developmentLimitReason(), l.testReport(), l.uatConfirmation()),
                new LaunchView.Release(l.launchPlan(), l.duties().stream().map(LaunchMapper::duty).toList(),
                        l.launchConfirmation()),
                evaluation(l.evaluation()), l.rejectionReason(), l.endedAt(), timeline(process));
    }

    /** Every activation, named by the definition version the launch runs on (inside the reading transaction). */
    public List<NodeView> timeline(ProcessInstance process) {
        ProcessDefinition definition = engine.definition(process);
        Instant now = clock.instant();
        return process.nodes().stream().map(n -> node(definition.node(n.nodeKey()).orElseThrow(), n, now)).toList();
    }

    static LaunchView.Goal goal(BusinessGoal g) {
        return g == null ? null : new LaunchView.Goal(LabeledValue.of(g.metric()), g.targetValue(), g.unit(),
                g.horizonMonths(), g.description());
    }

    private static NodeView node(NodeDefinition d, NodeInstance n, Instant now) {
        return new NodeView(n.nodeKey(), d.nameZh(), d.nameEn(), n.attempt(), LabeledValue.of(n.state()),
                n.responsibleDepartment(), n.responsiblePerson(), n.startedAt(), n.dueAt(), n.limitSpec(),
                n.completedAt(), n.onTime(), n.isOverdue(now), n.outcome(), n.outputs(), n.actorName(), n.comment());
    }

    private static LaunchView.ReviewRoundView round(ReviewRound r) {
        return new LaunchView.ReviewRoundView(r.round(), r.openedAt(), r.rows().stream().map(LaunchMapper::row).toList(),
                LabeledValue.of(r.conclusion()), r.signedOffByName(), r.signedOffAt(), r.signOffComment());
    }

    private static LaunchView.ReviewRowView row(ReviewRow r) {
        return new LaunchView.ReviewRowView(LabeledValue.of(r.part()), r.department(), LabeledValue.of(r.state()),
                r.dueAt(), LabeledValue.of(r.opinion()), r.comment(), r.reviewerName(), r.date(), r.signedAt(),
                r.onTime());
    }

    private static LaunchView.DutyView duty(DutyItem d) {
        return new LaunchView.DutyView(LabeledValue.of(d.duty()), d.department(), LabeledValue.of(d.state()),
                d.dueAt(), d.note(), d.doneByName(), d.doneAt(), d.onTime());
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
