package com.handbookflow.complaint.rest;

import com.handbookflow.complaint.config.ComplaintConfig;
import com.handbookflow.complaint.security.ComplaintAccess;
import com.handbookflow.complaint.domain.Complaint;
import com.handbookflow.complaint.domain.ComplaintStatus;
import com.handbookflow.complaint.domain.CustomerConfirmation;
import com.handbookflow.complaint.domain.HandlingPlan;
import com.handbookflow.complaint.domain.ImprovementMeasure;
import com.handbookflow.complaint.domain.ProgressUpdate;
import com.handbookflow.complaint.domain.RegistrationForm;
import com.handbookflow.complaint.service.ComplaintProcess;
import com.handbookflow.core.act.BusinessActs;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.engine.rest.NodeView;
import com.handbookflow.core.engine.rest.NodeViews;
import com.handbookflow.core.label.LabeledValue;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;

/** The one place where complaints become API views; entities never leave through the API. */
@ApplicationScoped
public class ComplaintMapper {

    private final ComplaintConfig config;
    private final ProcessEngine engine;
    private final Clock clock;
    private final ComplaintAccess access;
    private final Departments departments;

    ComplaintMapper(ComplaintConfig config, ProcessEngine engine, Clock clock, ComplaintAccess access,
                    Departments departments) {
        this.departments = departments;
        this.access = access;
        this.config = config;
        this.engine = engine;
        this.clock = clock;
    }

    public ComplaintSummary summary(Complaint c) {
        return new ComplaintSummary(c.id(), c.number(), LabeledValue.of(c.status()), c.currentNode(), c.currentDueAt(),
                overdue(c), c.receivedAt(), access.seesPersonalData(c) ? c.form().complainant() : null,
                LabeledValue.of(c.channel()),
                LabeledValue.of(c.problemType()), LabeledValue.of(c.urgency()), LabeledValue.of(c.grade()),
                c.department(), LabeledValue.of(c.satisfaction()));
    }

    /** The complaint as an act or a read left it. */
    public ComplaintView view(BusinessActs.Acted<Complaint> acted) {
        return view(acted.object(), acted.process());
    }

    public ComplaintView view(Complaint c, ProcessInstance process) {
        RegistrationForm f = c.form();
        boolean personal = access.seesPersonalData(c); // complainant and contact are withheld from the others
        return new ComplaintView(c.id(), c.number(), LabeledValue.of(c.status()), c.currentNode(), c.currentDueAt(),
                overdue(c),
                new ComplaintView.Registration(c.receivedAt(), personal ? f.complainant() : null,
                        personal ? f.contact() : null, LabeledValue.of(f.channel()),
                        LabeledValue.of(f.problemType()), f.problemTypeOther(), f.description(),
                        LabeledValue.of(f.demand()), f.demandOther(), LabeledValue.of(f.urgency()), c.registeredAt()),
                c.contactPersonId() == null ? null : new ComplaintView.Person(c.contactPersonId(), c.contactPersonName()),
                c.acknowledgedAt(),
                c.grade() == null ? null
                        : new ComplaintView.Classification(LabeledValue.of(c.grade()), c.gradeReason(), c.routedDepartment(),
                        c.gradingCriteria().stream().map(this::criterion).toList(), c.amountInvolved(),
                        LabeledValue.of(c.derivedGrade()), c.gradeDeviationReason()),
                c.department() == null ? null : new ComplaintView.Assignment(c.department(), c.routingOverrideReason()),
                c.plans().stream().map(ComplaintMapper::plan).toList(),
                cooperations(c, process),
                c.executedAt() == null ? null : new ComplaintView.Execution(c.executionResult(), c.executedAt()),
                c.confirmations().stream().map(ComplaintMapper::confirmation).toList(),
                LabeledValue.of(c.satisfaction()), c.rehandleCount(),
                c.progressUpdates().stream().map(ComplaintMapper::update).toList(),
                c.updateDueAt(),
                c.causeAnalysedAt() == null ? null : new ComplaintView.Closure(rootCause(c.rootCauseCategory()),
                        c.rootCauseDetail(), c.rootCauseDescription(), c.causeAnalysedAt(),
                        c.causeAnalysedById() == null ? null
                                : new ComplaintView.Person(c.causeAnalysedById(), c.causeAnalysedByName()),
                        c.causeAnalysedByDepartment(), c.closedAt(),
                        c.measures().stream().map(ComplaintMapper::measure).toList()),
                timeline(process));
    }

    public LabeledValue rootCause(String code) {
        return config.rootCause(code);
    }

    public List<LabeledValue> rootCauses() {
        return config.rootCauses().keySet().stream().sorted().map(this::rootCause).toList();
    }

    /** A grading criterion by its configured labels; one no longer configured by its code. */
    public LabeledValue criterion(String code) {
        ComplaintConfig.Criterion criterion = config.grading().criteria().get(code);
        return criterion == null ? new LabeledValue(code, code, code) : new LabeledValue(code, criterion.zh(), criterion.en());
    }

    /** The configured grading criteria, how each is met, for the enumerations. */
    public List<EnumerationsView.GradingCriterion> gradingCriteria() {
        return new java.util.TreeMap<>(config.grading().criteria()).entrySet().stream()
                .map(e -> new EnumerationsView.GradingCriterion(e.getKey(), e.getValue().zh(), e.getValue().en(),
                        e.getValue().amountAbove().orElse(null),
                        e.getValue().repeatWithin().map(ComplaintMapper::period).orElse(null)))
                .toList();
    }

    /** P90D as configured, not Duration's PT2160H. */
    private static String period(java.time.Duration d) {
        return d.toSeconds() % 86_400 == 0 ? "P" + d.toDays() + "D" : d.toString();
    }

    /** Named from the definition version the complaint walks, which knows every node it reached. */
    private List<NodeView> timeline(ProcessInstance process) {
        return NodeViews.timeline(engine.definition(process), process, clock.instant());
    }

    private boolean overdue(Complaint c) {
        return c.status() == ComplaintStatus.OPEN && c.currentDueAt() != null && clock.instant().isAfter(c.currentDueAt());
    }

    private static ComplaintView.Plan plan(HandlingPlan p) {
        return new ComplaintView.Plan(p.attempt(), p.actions(), p.actions().stream().map(LabeledValue::of).toList(),
                p.description(), p.department(), p.submittedAt(), p.submittedBy(),
                p.cooperations().stream().map(c -> new ComplaintView.PlannedCooperation(c.department(), c.task())).toList());
    }

    /** The EXECUTE node's cooperation items, each with the part its plan gave it (plan n leads to execution round n). */
    private List<ComplaintView.Cooperation> cooperations(Complaint c, ProcessInstance process) {
        List<HandlingPlan> plans = c.plans();
        if (plans.stream().allMatch(p -> p.cooperations().isEmpty())) {
            // Cooperation items are added only for the departments a plan names (submitPlan): without any,
            // there are none, and the view of most acts need not read the work items (a statement per act).
            return List.of();
        }
        return engine.workItems(process).stream()
                .filter(i -> ComplaintProcess.EXECUTE.equals(i.nodeKey())
                        && i.itemKey().startsWith(ComplaintProcess.COOPERATION_PREFIX))
                .map(i -> new ComplaintView.Cooperation(i.round(), i.responsibleDepartment(),
                        departments.find(i.responsibleDepartment()).orElse(null),
                        plans.stream().filter(p -> p.attempt() == i.round()).flatMap(p -> p.cooperations().stream())
                                .filter(p -> p.department().equals(i.responsibleDepartment()))
                                .map(HandlingPlan.Cooperation::task).findFirst().orElse(null),
                        LabeledValue.of(i.state()), i.dueAt(), i.comment(),
                        i.signedById() == null ? null : new ComplaintView.Person(i.signedById(), i.signedByName()),
                        i.signedById() == null ? null : i.completedAt(), i.onTime()))
                .toList();
    }

    private static ComplaintView.Confirmation confirmation(CustomerConfirmation c) {
        return new ComplaintView.Confirmation(c.attempt(), c.result(), c.visitDate(), c.visitor(),
                LabeledValue.of(c.satisfaction()), c.comments(), c.suggestions(), c.confirmedAt(), c.rehandle());
    }

    private static ComplaintView.Update update(ProgressUpdate u) {
        return new ComplaintView.Update(u.seq(), u.recordedAt(), LabeledValue.of(u.channel()), u.content(),
                new ComplaintView.Person(u.actorId(), u.actorName()), u.dueAt(), u.onTime());
    }

    private static ComplaintView.Measure measure(ImprovementMeasure m) {
        return new ComplaintView.Measure(m.seq(), m.description(), m.ownerDepartment(), m.deadline(), m.dueAt(),
                LabeledValue.of(m.state()), m.completedAt(), m.onTime());
    }
}
