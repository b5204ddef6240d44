package com.handbookflow.complaint.service;

import com.handbookflow.complaint.config.ComplaintConfig;
import com.handbookflow.complaint.domain.Channel;
import com.handbookflow.complaint.domain.Complaint;
import com.handbookflow.complaint.domain.ComplaintStatus;
import com.handbookflow.complaint.domain.Grade;
import com.handbookflow.complaint.domain.CustomerConfirmation;
import com.handbookflow.complaint.domain.Grading;
import com.handbookflow.complaint.domain.HandlingAction;
import com.handbookflow.complaint.domain.HandlingPlan;
import com.handbookflow.complaint.domain.ImprovementMeasure;
import com.handbookflow.complaint.domain.ProblemType;
import com.handbookflow.complaint.domain.RegistrationForm;
import com.handbookflow.complaint.domain.Urgency;
import com.handbookflow.core.calendar.DeadlineComputation;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.Activation;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.complaint.security.ComplaintAccess;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.engine.IllegalTransitionException;
import com.handbookflow.core.engine.item.WorkItemSpec;
import com.handbookflow.core.event.EscalationRaised;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.core.act.BusinessActs;
import com.handbookflow.core.act.BusinessActs.Acted;
import com.handbookflow.core.attachment.AttachmentAccess;
import com.handbookflow.core.number.BusinessNumbers;
import com.handbookflow.core.number.NumberScheme;
import com.handbookflow.core.obligation.RecurringObligation;
import com.handbookflow.core.label.Texts;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static com.handbookflow.complaint.service.ComplaintProcess.*;

/**
 * The business acts of a complaint, one transaction each, on the scenario kit: the act template
 * ({@link BusinessActs}) locks the complaint and checks who may act and where the process stands;
 * the act changes the complaint and moves the process; the node changes and the scenario events
 * raised on the process (escalation, customer-update and improvement-measure obligations) reach
 * the outbox when the transaction commits. Each act answers the complaint and its process as they now
 * stand; the REST resource, in the same transaction, maps them to the view.
 */
@ApplicationScoped
public class ComplaintService {

    private static final Texts TEXTS = Texts.of(ComplaintService.class);

    private final ProcessEngine engine;
    private final BusinessActs acts;
    private final ComplaintsForActs forActs;
    private final ComplaintRepository complaints;
    private final BusinessNumbers numbers;
    private final NumberScheme numberScheme;
    private final RecurringObligation customerUpdates;
    private final ComplaintConfig config;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ComplaintAccess access;
    private final Departments departments;
    private final UrgencyBudget urgency;

    ComplaintService(ProcessEngine engine, BusinessActs acts, ComplaintsForActs forActs,
                     ComplaintRepository complaints, BusinessNumbers numbers, ComplaintConfig config,
                     WorkingDayCalendar calendar, Clock clock, ComplaintAccess access,
                     UrgencyBudget urgency, Departments departments) {
        this.departments = departments;
        this.engine = engine;
        this.acts = acts;
        this.forActs = forActs;
        this.complaints = complaints;
        this.numbers = numbers;
        this.numberScheme = NumberScheme.perDay(TYPE, config.numberPrefix(), "-", 4);
        this.customerUpdates = ComplaintObligations.customerUpdates(config.updateInterval());
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
        this.access = access;
        this.urgency = urgency;
    }

    /** A read, but in a transaction: the engine loads instances only inside one. */
    @Transactional
    public Optional<Acted<Complaint>> find(String number) {
        return complaints.findByNumber(number).filter(access::sees)
                .map(c -> new Acted<>(c, engine.load(c.processInstanceId())));
    }

    /** Who may read and add the complaint's files; 404 when the caller does not see the complaint. */
    @Transactional
    public AttachmentAccess attachmentAccess(String number) {
        Complaint complaint = complaints.findByNumber(number).filter(access::sees)
                .orElseThrow(() -> new ObjectNotFoundException("Complaint", number));
        return access.attachments(complaint);
    }

    /**
     * Intake: the complaint gets its number and its two clocks (first response, registration) start at
     * receipt, within the urgency budget; an extra-urgent complaint alerts the head of the department
     * its problem type routes to at once.
     */
    @Transactional
    public Acted<Complaint> receive(Instant requestedReceivedAt, RegistrationForm form, Actor actor) {
        access.requireMayRegister();
        Instant now = clock.instant();
        Instant receivedAt = receivedAtWithin(requestedReceivedAt, now, config.intake());
        // In a short transaction of its own, before this one touches the database (so it never holds two
        // connections): registrations do not queue on the day's counter; a failed one leaves a gap.
        String number = numbers.next(numberScheme, receivedAt.atZone(calendar.zone()).toLocalDate());
        ProcessInstance process = engine.start(TYPE, number, Map.of(URGENCY, form.urgency().name(),
                        PROBLEM_TYPE, form.problemType().name(), CHANNEL, form.channel().name()), actor,
                urgency.activation(ACKNOWLEDGE, form.urgency(), receivedAt, new Activation(null, null, null, receivedAt),
                        null, now));
        Complaint complaint = Complaint.receive(number, process, receivedAt, form);
        complaints.persist(complaint);
        if (form.urgency() == Urgency.EXTRA_URGENT) {
            String department = config.routing().departmentFor(form.problemType());
            complaint.escalatedTo(department);
            process.raise(new EscalationRaised(UUID.randomUUID(), now, TYPE, process.id(), number, ACKNOWLEDGE,
                    department, List.of("DEPARTMENT_HEAD"),
                    TEXTS.en("escalation.extra-urgent-received", form.problemType().en()),
                    TEXTS.zh("escalation.extra-urgent-received", form.problemType().zh()), actor, process.attributes()));
        }
        return new Acted<>(complaint, process);
    }

    /**
     * When the complaint was received: now when not given, refused (400) when later than now plus the
     * clock skew or older than the oldest receipt accepted, so no clock starts in the future or long overdue.
     */
    private static Instant receivedAtWithin(Instant at, Instant now, ComplaintConfig.Intake bounds) {
        if (at == null) {
            return now;
        }
        if (at.isAfter(now.plus(bounds.clockSkew()))) {
            throw new InvalidValueException("receivedAt", TEXTS.en("field.receivedAt.in-future", bounds.clockSkew(), now),
                    TEXTS.zh("field.receivedAt.in-future", bounds.clockSkew(), now));
        }
        if (at.isBefore(now.minus(bounds.oldestReceipt()))) {
            Instant oldest = now.minus(bounds.oldestReceipt());
            long days = bounds.oldestReceipt().toDays();
            throw new InvalidValueException("receivedAt", TEXTS.en("field.receivedAt.too-old", oldest, days),
                    TEXTS.zh("field.receivedAt.too-old", oldest, days));
        }
        return at.isAfter(now) ? now : at;
    }

    /** First response: the acknowledging person becomes the customer's contact for the whole complaint. */
    @Transactional
    public Acted<Complaint> acknowledge(String number, Actor actor) {
        return act(number, ACKNOWLEDGE, (complaint, process, now) -> {
            complaint.acknowledge(actor, now);
            engine.complete(process, ACKNOWLEDGED, List.of(), actor, null,
                    withinBudget(REGISTER, complaint, Activation.DEFAULT.withPerson(actor.userId()), now));
        });
    }

    @Transactional
    public Acted<Complaint> register(String number, UnaryOperator<RegistrationForm> corrections, Actor actor) {
        return act(number, REGISTER, (complaint, process, now) -> {
            complaint.register(corrections.apply(complaint.form()), now);
            carryFacts(complaint, process);
            engine.complete(process, REGISTERED, List.of(output(number, "registration-form")), actor,
                    null, withinBudget(CLASSIFY, complaint, Activation.DEFAULT.withPerson(complaint.contactPersonId()), now));
        });
    }

    /**
     * Classification and grading by the criteria (分级标准明确): the grade they give, or another with the
     * deviation explained; a MAJOR complaint escalates at once to the department head and the leader in charge.
     */
    @Transactional
    public Acted<Complaint> classify(String number, ProblemType problemType, String problemTypeOther,
                                     GradingPolicy.Assessment assessment, String reason, Actor actor) {
        return act(number, CLASSIFY, (complaint, process, now) -> {
            Grading grading = grading().grade(assessment,
                    criterion -> complaints.sameContactComplainedSince(complaint,
                            complaint.receivedAt().minus(criterion.repeatWithin().orElseThrow())));
            complaint.classify(problemType, problemTypeOther, grading, assessment.amountInvolved(),
                    reason, config.routing().departmentFor(problemType));
            carryFacts(complaint, process);
            engine.complete(process, CLASSIFIED, List.of(output(number, "classification-result")), actor,
                    reason, withinBudget(ASSIGN, complaint,
                            Activation.DEFAULT.withPerson(complaint.contactPersonId()), now));
            if (complaint.grade() == Grade.MAJOR) {
                complaint.escalatedTo(complaint.routedDepartment());
                process.raise(new EscalationRaised(UUID.randomUUID(), now, TYPE, process.id(), number, CLASSIFY,
                        complaint.routedDepartment(), List.of("DEPARTMENT_HEAD", "LEADER_IN_CHARGE"),
                        TEXTS.en("escalation.major", gradeReason(complaint)),
                        TEXTS.zh("escalation.major", gradeReason(complaint)), actor,
                        process.attributes()));
            }
        });
    }

    /**
     * Assignment: the responsible department gets the handling plan, due by grade (P3WD / P5WD) or
     * sooner when urgent; from now on the customer must hear from us at least every update interval.
     * A major or extra-urgent complaint assigned to another department than the one whose head was
     * told tells the head of the department that actually handles it (and, when major, its leader in charge).
     */
    @Transactional
    public Acted<Complaint> assign(String number, String department, String person, String reason, Actor actor) {
        return act(number, ASSIGN, (complaint, process, now) -> {
            complaint.assignTo(department, reason);
            engine.complete(process, ASSIGNED, List.of(), actor, complaint.routingOverrideReason(),
                    urgency.activation(PLAN, complaint.urgency(), complaint.receivedAt(),
                            Activation.department(complaint.department()).withPerson(person),
                            List.of(config.planLimits().of(complaint.grade())), now));
            expectNextUpdate(complaint, process, actor, now);
            if (complaint.handlingHeadNotYetTold()) {
                complaint.escalatedTo(complaint.department());
                boolean major = complaint.grade() == Grade.MAJOR;
                String override = complaint.routingOverrideReason();
                String assigned = major
                        ? override == null ? "escalation.major-assigned" : "escalation.major-assigned.because"
                        : override == null ? "escalation.extra-urgent-assigned" : "escalation.extra-urgent-assigned.because";
                process.raise(new EscalationRaised(UUID.randomUUID(), now, TYPE, process.id(), number, ASSIGN,
                        complaint.department(),
                        major ? List.of("DEPARTMENT_HEAD", "LEADER_IN_CHARGE") : List.of("DEPARTMENT_HEAD"),
                        TEXTS.en(assigned, complaint.department(), override),
                        TEXTS.zh(assigned, complaint.department(), override),
                        actor,
                        process.attributes()));
            }
        });
    }

    /**
     * The handling plan; each cooperating department it names (重大投诉涉及多个部门) owes its part of the
     * execution as a work item of the EXECUTE node, due with it and tracked like any obligation. The
     * plan's department leads: the execution cannot complete while a part is open.
     */
    @Transactional
    public Acted<Complaint> submitPlan(String number, List<HandlingAction> actions, String description,
                                       List<HandlingPlan.Cooperation> cooperations, Actor actor) {
        return act(number, PLAN, (complaint, process, now) -> {
            HandlingPlan plan = complaint.submitPlan(actions, description, cooperations, actor, now);
            String person = process.latest(PLAN).map(NodeInstance::responsiblePerson).orElse(null);
            engine.complete(process, PLANNED, List.of(output(number, "handling-plan")), actor, null,
                    Activation.department(complaint.department()).withPerson(person));
            for (HandlingPlan.Cooperation cooperation : plan.cooperations()) {
                LabeledValue department = departments.find(cooperation.department())
                        .orElse(new LabeledValue(cooperation.department(), cooperation.department(), cooperation.department()));
                engine.addWorkItem(process, EXECUTE, new WorkItemSpec(cooperationItem(cooperation.department()),
                        TEXTS.zh("work-item.cooperation", department.zh()),
                        TEXTS.en("work-item.cooperation", department.en()), cooperation.department(), null,
                        null), actor);
            }
        });
    }

    /** A cooperating department reports its part of the execution done; the lead department then completes. */
    @Transactional
    public Acted<Complaint> completeCooperation(String number, String department, String result, Actor actor) {
        return acts.onNode(forActs, number, EXECUTE,
                (complaint, process, node) -> access.requireMayCooperateFor(department),
                (complaint, process, now) -> engine.signWorkItem(process, EXECUTE, cooperationItem(department), null,
                        result, actor));
    }

    @Transactional
    public Acted<Complaint> recordExecution(String number, String result, Actor actor) {
        return act(number, EXECUTE, (complaint, process, now) -> {
            complaint.recordExecution(result, now);
            engine.complete(process, EXECUTED, List.of(output(number, "execution-record")), actor, null,
                    Activation.DEFAULT.withPerson(complaint.contactPersonId()));
        });
    }

    /**
     * Customer confirmation (table 4); DISSATISFIED may send the complaint back to a new handling plan.
     * Otherwise closure begins with the responsible department's cause analysis, a work item of the
     * CLOSE node that customer service cannot archive without.
     */
    @Transactional
    public Acted<Complaint> confirm(String number, CustomerConfirmation.FollowUp followUp, boolean rehandleRequested,
                                    Actor actor) {
        return act(number, CONFIRM, (complaint, process, now) -> {
            boolean rehandle = complaint.confirmWithCustomer(followUp, rehandleRequested, config.maxRehandles(), now);
            carryFacts(complaint, process);
            engine.complete(process, rehandle ? DISSATISFIED_REHANDLE : CONFIRMED,
                    List.of(output(number, "customer-confirmation")), actor, followUp.comments(),
                    rehandle ? rehandlingPlan(complaint)
                            : Activation.DEFAULT.withPerson(complaint.contactPersonId()));
            if (!rehandle) {
                stopUpdates(complaint, process, actor, now);
                engine.addWorkItem(process, CLOSE, new WorkItemSpec(CAUSE_ANALYSIS, TEXTS.zh("work-item.cause-analysis"),
                        TEXTS.en("work-item.cause-analysis"), complaint.department(), null, null), actor);
            }
        });
    }

    /** An update to the customer: meets the one due and restarts the clock for the next. */
    @Transactional
    public Acted<Complaint> recordProgressUpdate(String number, Channel channel, String content, Actor actor) {
        Complaint complaint = acts.lockVisible(forActs, number);
        access.requireMayUpdateCustomer(complaint);
        if (complaint.status() == ComplaintStatus.CLOSED) {
            throw complaint.refusalAsClosed("complaint-closed.no-updates");
        }
        ProcessInstance process = engine.load(complaint.processInstanceId());
        Instant now = clock.instant();
        Instant due = complaint.customerUpdates().dueAt();
        complaint.recordUpdate(channel, content, actor, now);
        if (due != null) {
            process.raise(ComplaintObligations.customerUpdate(process, complaint, customerUpdates)
                    .due(null, due, customerUpdates.interval(), computedWith(complaint)).fulfilled(now, actor, now));
            expectNextUpdate(complaint, process, actor, now);
        }
        return new Acted<>(complaint, process);
    }

    /**
     * The responsible department's cause analysis (责任部门分析原因、提出改进措施): root cause and
     * improvement measures, each tracked to its deadline from now on; signs the CLOSE node's
     * cause-analysis work item. The node stays with customer service, who archives.
     */
    @Transactional
    public Acted<Complaint> analyseCause(String number, String rootCauseCategory, String rootCauseDetail,
                                         String rootCauseDescription, List<ProposedMeasure> proposed, Actor actor) {
        Complaint complaint = acts.lockVisible(forActs, number);
        access.requireMayAnalyseCause(complaint);
        ProcessInstance process = engine.load(complaint.processInstanceId());
        if (!process.isActiveAt(CLOSE)) {
            throw IllegalTransitionException.notActive(process, CLOSE, TEXTS.en("subject.complaint", number),
                    TEXTS.zh("subject.complaint", number));
        }
        Instant now = clock.instant();
        if (!config.rootCauses().containsKey(rootCauseCategory)) {
            String allowed = String.join(", ", config.rootCauses().keySet().stream().sorted().toList());
            throw new InvalidValueException("rootCauseCategory",
                    TEXTS.en("field.rootCauseCategory.unknown", rootCauseCategory, allowed),
                    TEXTS.zh("field.rootCauseCategory.unknown", rootCauseCategory, allowed));
        }
        List<Complaint.MeasureDraft> drafts = drafts(proposed, now);
        // a second analysis is refused here (409 naming who signed), before anything changes
        engine.signWorkItem(process, CLOSE, CAUSE_ANALYSIS, null, null, actor);
        List<ImprovementMeasure> measures = complaint.analyseCause(rootCauseCategory,
                rootCauseDetail, rootCauseDescription, drafts, actor, access.department(), now);
        measures.forEach(m -> process.raise(ComplaintObligations.measure(process, m, calendar.version())
                .opened(actor, now)));
        complaint.track(process);
        return new Acted<>(complaint, process);
    }

    /**
     * Customer service archives the complaint (《投诉处理归档表》, with the department's 《改进措施报告》):
     * refused with 422 {@code work-items-open} while the cause analysis is missing.
     */
    @Transactional
    public Acted<Complaint> close(String number, Actor actor) {
        return act(number, CLOSE, (complaint, process, now) -> {
            engine.complete(process, ComplaintProcess.CLOSED,
                    List.of(output(number, "archive-form"), output(number, "improvement-report")), actor, null,
                    Activation.DEFAULT);
            complaint.close(now);
        });
    }

    /** The owner department reports an improvement measure done. */
    @Transactional
    public Acted<Complaint> completeMeasure(String number, int seq, Actor actor) {
        // The owner department of a measure may be another than the complaint's: it sees its measure.
        Complaint complaint = complaints.requireForAct(number);
        Optional<ImprovementMeasure> owned = complaint.measure(seq).filter(access::owns);
        if (!access.sees(complaint) && owned.isEmpty()) {
            throw new ObjectNotFoundException("Complaint", number);
        }
        ImprovementMeasure measure = complaint.measure(seq)
                .orElseThrow(() -> new ObjectNotFoundException("Improvement measure", number + "/" + seq));
        access.requireMayCompleteMeasure(measure);
        ProcessInstance process = engine.load(complaint.processInstanceId());
        Instant now = clock.instant();
        measure.complete(now);
        process.raise(ComplaintObligations.measure(process, measure, calendar.version())
                .fulfilled(measure.completedAt(), actor, now));
        return new Acted<>(complaint, process);
    }

    /** The kit's act template: lock, visible (404), may act on the node (403), the node is active (409), act, track. */
    private Acted<Complaint> act(String number, String nodeKey, BusinessActs.Act<Complaint> act) {
        return acts.onNode(forActs, number, nodeKey, act);
    }

    private GradingPolicy grading() {
        return new GradingPolicy(config.grading().criteria());
    }

    /** What the escalation says: the classifier's notes, else the criteria met, else the deviation's reason. */
    private static String gradeReason(Complaint complaint) {
        if (complaint.gradeReason() != null) {
            return complaint.gradeReason();
        }
        return complaint.gradingCriteria().isEmpty() ? complaint.gradeDeviationReason()
                : String.join(", ", complaint.gradingCriteria());
    }

    /** Grade, urgency, problem type, channel and satisfaction travel on every later event. */
    private static void carryFacts(Complaint complaint, ProcessInstance process) {
        process.putAttribute(URGENCY, complaint.urgency());
        process.putAttribute(PROBLEM_TYPE, complaint.problemType());
        process.putAttribute(CHANNEL, complaint.channel());
        process.putAttribute(GRADE, complaint.grade());
        process.putAttribute(SATISFACTION, complaint.satisfaction());
    }

    /** A node on the path from receipt to the plan: its own limit, or less when the urgency budget ends earlier. */
    private Activation withinBudget(String nodeKey, Complaint complaint, Activation base, Instant now) {
        return urgency.activation(nodeKey, complaint.urgency(), complaint.receivedAt(), base, null, now);
    }

    /**
     * A further plan after a dissatisfied customer: the budget from receipt is long spent, so the
     * grade's limit, or the urgency's counted from the re-handling decision when that falls earlier.
     */
    private Activation rehandlingPlan(Complaint complaint) {
        List<String> limits = new ArrayList<>();
        limits.add(config.planLimits().of(complaint.grade()));
        config.urgencyLimits().of(complaint.urgency()).ifPresent(limits::add);
        return Activation.department(complaint.department()).withLimits(limits);
    }

    /**
     * The customer has confirmed the result: there is no progress left to tell, so the update
     * obligation ends here (CLOSED), not at the archive.
     */
    private void stopUpdates(Complaint complaint, ProcessInstance process, Actor actor, Instant now) {
        if (complaint.customerUpdates().isOwed()) {
            process.raise(ComplaintObligations.customerUpdate(process, complaint, customerUpdates)
                    .due(null, complaint.customerUpdates().dueAt(), customerUpdates.interval(), computedWith(complaint))
                    .closed(actor, now));
            complaint.customerUpdates().stop();
        }
    }

    /** Opens the next customer update, due one interval from now. */
    private void expectNextUpdate(Complaint complaint, ProcessInstance process, Actor actor, Instant now) {
        DeadlineComputation due = customerUpdates.nextDue(now, calendar);
        complaint.customerUpdates().openNext(now, due.dueAt(), due.calendarVersion());
        process.raise(ComplaintObligations.customerUpdate(process, complaint, customerUpdates)
                .due(now, due.dueAt(), due.limit(), due.calendarVersion()).opened(actor, now));
    }

    /** The calendar version the open customer update was computed with (the current one for an update from before it was kept). */
    private String computedWith(Complaint complaint) {
        String version = complaint.customerUpdates().calendarVersion();
        return version != null ? version : calendar.version();
    }

    /** An improvement measure as the responsible department proposes it: due at the end of its deadline's working day. */
    public record ProposedMeasure(String description, String ownerDepartment, LocalDate deadline) {
    }

    private List<Complaint.MeasureDraft> drafts(List<ProposedMeasure> requests, Instant now) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        List<Complaint.MeasureDraft> drafts = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            ProposedMeasure m = requests.get(i);
            if (m.deadline().isBefore(today)) {
                throw new InvalidValueException("improvementMeasures[" + i + "].deadline",
                        TEXTS.en("field.improvementMeasures.deadline.past", today),
                        TEXTS.zh("field.improvementMeasures.deadline.past", today));
            }
            drafts.add(new Complaint.MeasureDraft(m.description(), m.ownerDepartment(), m.deadline(),
                    calendar.endOfWorkingDay(m.deadline())));
        }
        return drafts;
    }
}
