package com.handbookflow.launch.domain;

import com.handbookflow.core.act.TracksProcess;
import com.handbookflow.core.attachment.AttachmentOwner;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A new business launch (新业务上线): table 1, the feasibility analysis, every round of table 2, the
 * development and test results, the launch plan, the launch confirmation and the
 * evaluation. Where it stands in the process is its {@link ProcessInstance}; the launch keeps a copy
 * of the active node and its due instant for the list's filters. Each act is a method named after it.
 */
@Entity
@Table(name = "launch")
public class Launch implements TracksProcess {

    private static final Texts TEXTS = Texts.of(Launch.class);

    @Id
    private UUID id;
    private String number;
    @Column(name = "process_instance_id")
    private UUID processInstanceId;

    @Column(name = "business_name")
    private String businessName;
    @Column(name = "originating_department")
    private String originatingDepartment;
    @Column(name = "originator_id")
    private String originatorId;
    @Column(name = "originator_name")
    private String originatorName;
    @Column(name = "applied_at")
    private Instant appliedAt;
    @Column(name = "applied_on")
    private LocalDate appliedOn;
    @JdbcTypeCode(SqlTypes.JSON)
    private RequirementApplication application;
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "feasibility_contributions")
    private List<FeasibilityContribution> feasibilityContributions = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "feasibility_report")
    private FeasibilityReport feasibilityReport;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "review_rounds")
    private List<ReviewRound> reviewRounds = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    private List<PlanRevision> revisions = new ArrayList<>();

    @Column(name = "development_limit")
    private String developmentLimit;
    @Column(name = "development_limit_reason")
    private String developmentLimitReason;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "test_report")
    private TestReport testReport;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "uat_confirmation")
    private UatConfirmation uatConfirmation;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "launch_plan")
    private LaunchPlan launchPlan;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "launch_confirmation")
    private LaunchConfirmation launchConfirmation;
    @Column(name = "launched_at")
    private Instant launchedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private Evaluation evaluation;

    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Enumerated(EnumType.STRING)
    private LaunchStatus status;
    @Column(name = "current_node")
    private String currentNode;
    @Column(name = "current_due_at")
    private Instant currentDueAt;
    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected Launch() {
    }

    /** Table 1 as the originating department files it; {@link ApplicationRules} hold already. */
    public static Launch apply(String number, ProcessInstance process, String department, Actor originator,
                               Instant at, LocalDate on, RequirementApplication application) {
        Launch launch = new Launch();
        launch.id = UUID.randomUUID();
        launch.number = number;
        launch.processInstanceId = process.id();
        launch.originatingDepartment = department;
        launch.originatorId = originator.userId();
        launch.originatorName = originator.name();
        launch.appliedAt = at;
        launch.appliedOn = on;
        launch.fill(application);
        launch.track(process);
        return launch;
    }

    /** The originating department corrects table 1 while it still collects the requirement. */
    public void reviseApplication(RequirementApplication revised) {
        fill(revised);
    }

    public void submitApplication(Instant at) {
        submittedAt = at;
    }

    /** Technology's or finance's part of the feasibility analysis; a later one of the same department adds to it. */
    public void contributeToFeasibility(FeasibilityContribution contribution) {
        feasibilityContributions = new ArrayList<>(feasibilityContributions);
        feasibilityContributions.add(contribution);
    }

    /**
     * The feasibility report; refused (422) while a required department has not contributed
     * (需技术、财务共同参与), and a 不通过 needs its reason: it ends the launch.
     */
    public void reportFeasibility(FeasibilityReport report, Collection<String> requiredContributors) {
        List<String> missing = requiredContributors.stream()
                .filter(d -> feasibilityContributions.stream().noneMatch(c -> c.department().equals(d))).toList();
        if (!missing.isEmpty()) {
            // the detail's arguments: the departments joined for the English text (%1$s) and the Chinese (%2$s)
            throw new RuleBrokenException(ProblemText.of(Launch.class, "feasibility-contributions-missing",
                    String.join(" and ", missing), String.join("、", missing)),
                    missing.stream().map(d -> new FieldError("contributions", TEXTS.en("field.contributions.missing", d)))
                            .toList()).with("missingContributions", missing);
        }
        if (report.conclusion() == FeasibilityConclusion.FAIL && (report.reason() == null || report.reason().isBlank())) {
            throw new RuleBrokenException(ProblemText.of(Launch.class, "reason-required"),
                    List.of(new FieldError("reason", TEXTS.en("field.reason.required-on-fail"))));
        }
        feasibilityReport = report;
        if (report.conclusion() == FeasibilityConclusion.FAIL) {
            rejectionReason = report.reason();
        }
    }

    /**
     * A new round of table 2 (the review node's attempt {@code round}): its rows are the review node's
     * work items (process-core), signed through the engine; the launch keeps the round's conclusion
     * and the leader's sign-off.
     */
    public ReviewRound openReviewRound(int round, Instant at) {
        ReviewRound opened = new ReviewRound(round, at, ReviewConclusion.PENDING, null, null, null, null);
        reviewRounds = new ArrayList<>(reviewRounds);
        reviewRounds.add(opened);
        return opened;
    }

    /** The rows' join so far (整体结论 before the sign-off): under review, awaiting the leader, or decided. */
    public void concludeRound(ReviewConclusion conclusion, String reason) {
        replaceCurrentRound(currentRound().concluded(conclusion));
        if (conclusion == ReviewConclusion.REJECTED) {
            rejectionReason = reason;
        }
    }

    /**
     * The leader in charge signs the approved plan (签字确认); refused (422) while a row is unsigned
     * or not every row is 通过 ({@code notPassed}: the rows' keys).
     */
    public void signOff(Actor leader, Instant at, String comment, List<String> notPassed) {
        ReviewRound round = currentRound();
        if (round.conclusion() != ReviewConclusion.AWAITING_SIGN_OFF) {
            // the detail's arguments: the rows joined for the English text (%1$s) and the Chinese (%2$s)
            throw new RuleBrokenException(ProblemText.of(Launch.class, "sign-off-refused",
                    String.join(", ", notPassed), String.join("、", notPassed)),
                    notPassed.stream().map(p -> new FieldError("rows." + p, TEXTS.en("field.rows.not-pass"))).toList())
                    .with("pendingRows", notPassed);
        }
        replaceCurrentRound(round.signedOff(leader.userId(), leader.name(), at, comment));
    }

    public void revisePlan(PlanRevision revision) {
        revisions = new ArrayList<>(revisions);
        revisions.add(revision);
    }

    /** Development's limit, set at approval by the project's complexity. */
    public void scheduleDevelopment(String limit, String reason) {
        developmentLimit = limit;
        developmentLimitReason = reason;
    }

    public void recordDevelopment(TestReport report, UatConfirmation uat) {
        if (report != null) {
            testReport = report;
        }
        if (uat != null) {
            uatConfirmation = uat;
        }
    }

    public void planLaunch(LaunchPlan plan) {
        launchPlan = plan;
    }

    /**
     * The launch confirmation (《上线确认函》). The gates are the release node's: its duties (work
     * items) all done and its guard {@link ReleaseGuard} (上线前必须完成应急预案), checked by the engine.
     */
    public void release(LaunchConfirmation confirmation) {
        launchConfirmation = confirmation;
        launchedAt = confirmation.launchedAt();
    }

    public void evaluate(Evaluation result) {
        evaluation = result;
    }

    /** Keeps the copy of where the process stands, for the list's indexed filters. */
    @Override
    public void track(ProcessInstance process) {
        Optional<NodeInstance> active = process.activeNode();
        currentNode = active.map(NodeInstance::nodeKey).orElse(null);
        currentDueAt = active.map(NodeInstance::dueAt).orElse(null);
        if (active.isPresent()) {
            status = LaunchStatus.IN_PROGRESS;
        } else {
            status = "ARCHIVED".equals(process.endState()) ? LaunchStatus.ARCHIVED : LaunchStatus.REJECTED;
            endedAt = process.endedAt();
        }
    }

    public ReviewRound currentRound() {
        if (reviewRounds.isEmpty()) {
            throw new IllegalStateException("no review round opened for " + number);
        }
        return reviewRounds.get(reviewRounds.size() - 1);
    }

    private void replaceCurrentRound(ReviewRound round) {
        reviewRounds = new ArrayList<>(reviewRounds);
        reviewRounds.set(reviewRounds.size() - 1, round);
    }

    private void fill(RequirementApplication filled) {
        application = filled;
        businessName = filled.businessName();
    }

    /** Whose files the launch's attachments are: kept under the launch's number, so they go into its archive. */
    public static AttachmentOwner attachmentOwner(String number) {
        return new AttachmentOwner("launch", number);
    }

    public UUID id() { return id; }
    public String number() { return number; }
    @Override
    public UUID processInstanceId() { return processInstanceId; }
    public String businessName() { return businessName; }
    public String originatingDepartment() { return originatingDepartment; }
    public String originatorId() { return originatorId; }
    public String originatorName() { return originatorName; }
    public Instant appliedAt() { return appliedAt; }
    public LocalDate appliedOn() { return appliedOn; }
    public RequirementApplication application() { return application; }
    public Instant submittedAt() { return submittedAt; }
    public List<FeasibilityContribution> feasibilityContributions() { return List.copyOf(feasibilityContributions); }
    public FeasibilityReport feasibilityReport() { return feasibilityReport; }
    public List<ReviewRound> reviewRounds() { return List.copyOf(reviewRounds); }
    public List<PlanRevision> revisions() { return List.copyOf(revisions); }
    public String developmentLimit() { return developmentLimit; }
    public String developmentLimitReason() { return developmentLimitReason; }
    public TestReport testReport() { return testReport; }
    public UatConfirmation uatConfirmation() { return uatConfirmation; }
    public LaunchPlan launchPlan() { return launchPlan; }
    public LaunchConfirmation launchConfirmation() { return launchConfirmation; }
    public Instant launchedAt() { return launchedAt; }
    public Evaluation evaluation() { return evaluation; }
    public String rejectionReason() { return rejectionReason; }
    public LaunchStatus status() { return status; }
    public String currentNode() { return currentNode; }
    public Instant currentDueAt() { return currentDueAt; }
    public Instant endedAt() { return endedAt; }
}
