package com.handbookflow.complaint.domain;

import com.handbookflow.core.act.TracksProcess;
import com.handbookflow.core.domain.StateConflictException;
import com.handbookflow.core.domain.DomainException;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;
import com.handbookflow.core.obligation.RecurringDuty;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer complaint (客户投诉): the business data of tables 3 and 4 and of each act. Where the
 * complaint stands in the process (which node, due when) is its {@link ProcessInstance}; the
 * complaint keeps a copy of the active node and its due instant so lists filter on indexed columns.
 * Each act is a method named after it; the process engine refuses acts out of order (409).
 */
@Entity
@Table(name = "complaint")
// An act changes a few of its columns: the update names only those (the full-row update bound and serialised
// every column, the JSON ones through Jackson, at each act's flush).
@DynamicUpdate
public class Complaint implements TracksProcess {

    private static final Texts TEXTS = Texts.of(Complaint.class);

    @Id
    private UUID id;
    private String number;
    @Column(name = "process_instance_id")
    private UUID processInstanceId;

    @Column(name = "received_at")
    private Instant receivedAt;
    private String complainant;
    private String contact;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    @Column(name = "problem_type")
    private ProblemType problemType;
    @Column(name = "problem_type_other")
    private String problemTypeOther;
    private String description;
    @Enumerated(EnumType.STRING)
    private CustomerDemand demand;
    @Column(name = "demand_other")
    private String demandOther;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "contact_person_id")
    private String contactPersonId;
    @Column(name = "contact_person_name")
    private String contactPersonName;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Enumerated(EnumType.STRING)
    private Grade grade;
    @Column(name = "grade_reason")
    private String gradeReason;
    /** The grading criteria (分级标准) the complaint meets, by code; the grade they give and, when another was chosen, why. */
    // This and plans are replaced, never changed in place: Hibernate keeps the loaded value as its snapshot
    // instead of a deep copy made through JSON on every load of the complaint.
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "grading_criteria")
    private List<String> gradingCriteria;
    @Enumerated(EnumType.STRING)
    @Column(name = "derived_grade")
    private Grade derivedGrade;
    @Column(name = "grade_deviation_reason")
    private String gradeDeviationReason;
    @Column(name = "amount_involved")
    private BigDecimal amountInvolved;

    @Column(name = "routed_department")
    private String routedDepartment;
    private String department;
    @Column(name = "routing_override_reason")
    private String routingOverrideReason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private List<HandlingPlan> plans = new ArrayList<>();
    @Column(name = "execution_result")
    private String executionResult;
    @Column(name = "executed_at")
    private Instant executedAt;
    @Column(name = "rehandle_count")
    private int rehandleCount;
    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;

    /** "Update the customer at least every 2 days": the open occurrence and when it is due. */
    @Embedded
    @AttributeOverride(name = "seq", column = @Column(name = "update_seq"))
    @AttributeOverride(name = "dueAt", column = @Column(name = "update_due_at"))
    @AttributeOverride(name = "startedAt", column = @Column(name = "update_started_at"))
    @AttributeOverride(name = "calendarVersion", column = @Column(name = "update_calendar_version"))
    private RecurringDuty customerUpdates = new RecurringDuty();

    @Column(name = "root_cause_category")
    private String rootCauseCategory;
    @Column(name = "root_cause_detail")
    private String rootCauseDetail;
    @Column(name = "root_cause_description")
    private String rootCauseDescription;
    @Column(name = "cause_analysed_at")
    private Instant causeAnalysedAt;
    @Column(name = "cause_analysed_by_id")
    private String causeAnalysedById;
    @Column(name = "cause_analysed_by_name")
    private String causeAnalysedByName;
    @Column(name = "cause_analysed_by_department")
    private String causeAnalysedByDepartment;
    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    @Column(name = "current_node")
    private String currentNode;
    @Column(name = "current_due_at")
    private Instant currentDueAt;

    /** The departments whose heads were told of the complaint (escalations), in the order told. */
    @ElementCollection
    @CollectionTable(name = "complaint_escalated_department", joinColumns = @JoinColumn(name = "complaint_id"))
    @Column(name = "department")
    private Set<String> escalatedDepartments = new LinkedHashSet<>();

    /** The departments the plans named to cooperate (协办部门): they see the complaint and owe their part. */
    @ElementCollection
    @CollectionTable(name = "complaint_cooperating_department", joinColumns = @JoinColumn(name = "complaint_id"))
    @Column(name = "department")
    private Set<String> cooperatingDepartments = new LinkedHashSet<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
    @OrderBy("attempt")
    private List<CustomerConfirmation> confirmations = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<ProgressUpdate> progressUpdates = new ArrayList<>();
    /**
     * How many updates were recorded: the view of a complaint without any needs no select of them (most acts
     * come before the first), and the next update's number needs none at all.
     */
    @Column(name = "progress_update_count")
    private int progressUpdateCount;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<ImprovementMeasure> measures = new ArrayList<>();

    @Version
    private long version;

    protected Complaint() {
    }

    /** A complaint as received, with its registration form as far as it is known. */
    public static Complaint receive(String number, ProcessInstance process, Instant receivedAt, RegistrationForm form) {
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.number = number;
        complaint.processInstanceId = process.id();
        complaint.receivedAt = receivedAt;
        complaint.fill(form);
        complaint.track(process);
        return complaint;
    }

    /** First response: whoever takes the complaint first stays the customer's contact (首问负责制). */
    public void acknowledge(Actor actor, Instant at) {
        contactPersonId = actor.userId();
        contactPersonName = actor.name();
        acknowledgedAt = at;
    }

    /** The registration form is complete; its data may be corrected on the way. */
    public void register(RegistrationForm form, Instant at) {
        fill(form);
        registeredAt = at;
    }

    /**
     * Type confirmed and graded by the criteria (or otherwise, with the deviation explained); the
     * department the type routes to is noted.
     */
    public void classify(ProblemType confirmedType, String confirmedTypeOther, Grading grading,
                         BigDecimal amount, String reason, String routedTo) {
        fill(new RegistrationForm(complainant, contact, channel, confirmedType, confirmedTypeOther, description, demand,
                demandOther, urgency));
        grade = grading.grade();
        derivedGrade = grading.derivedGrade();
        gradingCriteria = new ArrayList<>(grading.metCriteria());
        gradeDeviationReason = grading.deviationReason();
        amountInvolved = amount;
        gradeReason = reason == null || reason.isBlank() ? null : reason.strip();
        routedDepartment = routedTo;
    }

    /**
     * Assigns the responsible department: the routed one, or another with a reason (customer service
     * may override the routing, but must say why).
     */
    public void assignTo(String chosenDepartment, String reason) {
        String target = chosenDepartment == null || chosenDepartment.isBlank() ? routedDepartment : chosenDepartment;
        boolean override = !Objects.equals(target, routedDepartment);
        if (override && (reason == null || reason.isBlank())) {
            throw new InvalidValueException("reason", TEXTS.en("field.reason.override-unexplained", target,
                    routedDepartment), TEXTS.zh("field.reason.override-unexplained", target, routedDepartment));
        }
        department = target;
        routingOverrideReason = override ? reason : null;
    }

    /**
     * Notes that the head of {@code department} is told of the complaint now.
     *
     * @return false when that head was told before
     */
    public boolean escalatedTo(String escalatedDepartment) {
        return escalatedDepartments.add(escalatedDepartment);
    }

    /** Whether the head of the department now responsible still has to be told (major or extra-urgent). */
    public boolean handlingHeadNotYetTold() {
        return (grade == Grade.MAJOR || urgency == Urgency.EXTRA_URGENT) && department != null
                && !escalatedDepartments.contains(department);
    }

    /**
     * The responsible department's plan; the departments it names to cooperate see the complaint from
     * now on and each owes its part of the execution. The lead department is not its own cooperator,
     * and a department is named once.
     */
    public HandlingPlan submitPlan(List<HandlingAction> actions, String planDescription,
                                   List<HandlingPlan.Cooperation> cooperations, Actor actor, Instant at) {
        Set<String> named = new LinkedHashSet<>();
        for (int i = 0; i < cooperations.size(); i++) {
            String code = cooperations.get(i).department();
            if (code.equals(department)) {
                throw new InvalidValueException("cooperations[" + i + "].department",
                        TEXTS.en("field.cooperations.department.is-lead", code),
                        TEXTS.zh("field.cooperations.department.is-lead", code));
            }
            if (!named.add(code)) {
                throw new InvalidValueException("cooperations[" + i + "].department",
                        TEXTS.en("field.cooperations.department.repeated", code),
                        TEXTS.zh("field.cooperations.department.repeated", code));
            }
        }
        HandlingPlan plan = new HandlingPlan(plans.size() + 1, List.copyOf(actions), planDescription, department, at,
                actor.name(), List.copyOf(cooperations));
        plans = new ArrayList<>(plans);
        plans.add(plan);
        cooperatingDepartments.addAll(named);
        return plan;
    }

    /** Whether {@code code} cooperates on the complaint (named by any of its plans). */
    public boolean cooperates(String code) {
        return code != null && cooperatingDepartments.contains(code);
    }

    public void recordExecution(String result, Instant at) {
        executionResult = result;
        executedAt = at;
    }

    /**
     * The customer's answer at follow-up. A dissatisfied customer may send the complaint back to
     * handling, at most {@code maxRehandles} times; every answer counts in satisfaction.
     *
     * @return true when the complaint goes back to handling
     */
    public boolean confirmWithCustomer(CustomerConfirmation.FollowUp followUp, boolean rehandleRequested,
                                       int maxRehandles, Instant at) {
        if (rehandleRequested && followUp.satisfaction() != Satisfaction.DISSATISFIED) {
            throw refusedRehandle("field.rehandle.not-dissatisfied");
        }
        if (rehandleRequested && rehandleCount >= maxRehandles) {
            throw refusedRehandle("field.rehandle.limit-reached", rehandleCount, maxRehandles);
        }
        confirmations.add(new CustomerConfirmation(this, confirmations.size() + 1, followUp, at, rehandleRequested));
        satisfaction = followUp.satisfaction();
        if (rehandleRequested) {
            rehandleCount++;
        }
        return rehandleRequested;
    }

    /** Records an update given to the customer; it meets the update that was due, if any. */
    public ProgressUpdate recordUpdate(Channel via, String content, Actor actor, Instant at) {
        ProgressUpdate update = new ProgressUpdate(this, progressUpdateCount + 1, at, via, content, actor,
                customerUpdates.dueAt());
        progressUpdates.add(update);
        progressUpdateCount++;
        return update;
    }

    /**
     * The responsible department's cause analysis (责任部门分析原因、提出改进措施): the root cause and the
     * improvement measures it gives rise to. Written once, before customer service archives.
     *
     * @return the measures decided now
     */
    public List<ImprovementMeasure> analyseCause(String category, String detail, String causeDescription,
                                                 List<MeasureDraft> drafts, Actor actor, String byDepartment,
                                                 Instant at) {
        rootCauseCategory = category;
        rootCauseDetail = detail == null || detail.isBlank() ? null : detail.strip();
        rootCauseDescription = causeDescription;
        causeAnalysedAt = at;
        causeAnalysedById = actor.userId();
        causeAnalysedByName = actor.name();
        causeAnalysedByDepartment = byDepartment;
        for (MeasureDraft draft : drafts) {
            measures.add(new ImprovementMeasure(this, measures.size() + 1, draft.description(),
                    draft.ownerDepartment(), draft.deadline(), draft.dueAt(), at));
        }
        return List.copyOf(measures);
    }

    /** Customer service archives the complaint (投诉处理归档表) once the cause is analysed. */
    public void close(Instant at) {
        closedAt = at;
    }

    /** A measure as proposed at closure, its due instant computed on the calendar. */
    public record MeasureDraft(String description, String ownerDepartment, LocalDate deadline, Instant dueAt) {
    }

    public Optional<ImprovementMeasure> measure(int seq) {
        return measures.stream().filter(m -> m.seq() == seq).findFirst();
    }

    /** Keeps the copy of where the process stands, for the list's indexed filters. */
    @Override
    public void track(ProcessInstance process) {
        Optional<NodeInstance> active = process.activeNode();
        status = active.isPresent() ? ComplaintStatus.OPEN : ComplaintStatus.CLOSED;
        currentNode = active.map(NodeInstance::nodeKey).orElse(null);
        currentDueAt = active.map(NodeInstance::dueAt).orElse(null);
    }

    private void fill(RegistrationForm form) {
        complainant = form.complainant();
        contact = form.contact();
        channel = form.channel();
        problemType = form.problemType();
        problemTypeOther = form.problemTypeOther();
        description = form.description();
        demand = form.demand();
        demandOther = form.demandOther();
        urgency = form.urgency();
    }

    /**
     * The refusal (409) of an act on this complaint once closed; {@code what} names the words for what it
     * no longer takes, a key of the bundle ({@code complaint-closed.no-updates}, {@code complaint-closed.no-files}).
     */
    public DomainException refusalAsClosed(String refused) {
        return new StateConflictException(ProblemText.of(Complaint.class, "complaint-closed", number,
                TEXTS.en(refused), TEXTS.zh(refused))).with("currentState", ComplaintStatus.CLOSED.name());
    }

    /**
     * The detail names the field ({@code %3$s}) and repeats its message, in each language ({@code %1$s} en,
     * {@code %2$s} zh).
     */
    private static RuleBrokenException refusedRehandle(String messageKey, Object... arguments) {
        String message = TEXTS.en(messageKey, arguments);
        return new RuleBrokenException(ProblemText.of(Complaint.class, "rehandle-refused", message,
                TEXTS.zh(messageKey, arguments), "rehandle"), List.of(new FieldError("rehandle", message)));
    }

    public RegistrationForm form() {
        return new RegistrationForm(complainant, contact, channel, problemType, problemTypeOther, description, demand,
                demandOther, urgency);
    }

    public UUID id() { return id; }
    public String number() { return number; }
    @Override
    public UUID processInstanceId() { return processInstanceId; }
    public Instant receivedAt() { return receivedAt; }
    public ProblemType problemType() { return problemType; }
    public Channel channel() { return channel; }
    public Urgency urgency() { return urgency; }
    public Instant registeredAt() { return registeredAt; }
    public String contactPersonId() { return contactPersonId; }
    public String contactPersonName() { return contactPersonName; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public Grade grade() { return grade; }
    public String gradeReason() { return gradeReason; }
    public List<String> gradingCriteria() { return gradingCriteria == null ? List.of() : List.copyOf(gradingCriteria); }
    public Grade derivedGrade() { return derivedGrade; }
    public String gradeDeviationReason() { return gradeDeviationReason; }
    public BigDecimal amountInvolved() { return amountInvolved; }
    public String routedDepartment() { return routedDepartment; }
    public String department() { return department; }
    public String routingOverrideReason() { return routingOverrideReason; }
    public List<HandlingPlan> plans() { return List.copyOf(plans); }
    public String executionResult() { return executionResult; }
    public Instant executedAt() { return executedAt; }
    public int rehandleCount() { return rehandleCount; }
    public Satisfaction satisfaction() { return satisfaction; }
    public Instant updateDueAt() { return customerUpdates.dueAt(); }
    /** Where the complaint stands on updating the customer (the recurring obligation's state). */
    public RecurringDuty customerUpdates() { return customerUpdates; }
    public String rootCauseCategory() { return rootCauseCategory; }
    public String rootCauseDetail() { return rootCauseDetail; }
    public String rootCauseDescription() { return rootCauseDescription; }
    public Instant closedAt() { return closedAt; }
    public Instant causeAnalysedAt() { return causeAnalysedAt; }
    public String causeAnalysedById() { return causeAnalysedById; }
    public String causeAnalysedByName() { return causeAnalysedByName; }
    public String causeAnalysedByDepartment() { return causeAnalysedByDepartment; }
    public ComplaintStatus status() { return status; }
    public String currentNode() { return currentNode; }
    public Instant currentDueAt() { return currentDueAt; }
    /** Empty without reading them while no answer was recorded (each answer sets the satisfaction): a select less per act. */
    public List<CustomerConfirmation> confirmations() {
        return satisfaction == null ? List.of() : List.copyOf(confirmations);
    }
    /** Empty without reading them while none was recorded: a select less for every act before the first update. */
    public List<ProgressUpdate> progressUpdates() {
        return progressUpdateCount == 0 ? List.of() : List.copyOf(progressUpdates);
    }
    public List<ImprovementMeasure> measures() { return List.copyOf(measures); }
    public Set<String> escalatedDepartments() { return Set.copyOf(escalatedDepartments); }
    public Set<String> cooperatingDepartments() { return Set.copyOf(cooperatingDepartments); }
}
