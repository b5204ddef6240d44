package com.handbookflow.launch.service;

import com.handbookflow.core.calendar.DeadlineComputation;
import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.Activation;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.act.BusinessActs;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.engine.definition.NodeOutcome;
import com.handbookflow.core.engine.guard.CompletionContent;
import com.handbookflow.core.engine.item.WorkItem;
import com.handbookflow.core.engine.item.WorkItemJoin;
import com.handbookflow.core.engine.item.WorkItemResult;
import com.handbookflow.core.number.BusinessNumbers;
import com.handbookflow.core.number.NumberScheme;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.ObjectNotFoundException;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;
import com.handbookflow.core.security.NodePermissions;
import com.handbookflow.launch.config.LaunchConfig;
import com.handbookflow.launch.domain.Acceptance;
import com.handbookflow.launch.domain.ApplicationRules;
import com.handbookflow.launch.domain.EmergencyPlan;
import com.handbookflow.launch.domain.Evaluation;
import com.handbookflow.launch.domain.EvaluationRules;
import com.handbookflow.launch.domain.FeasibilityContribution;
import com.handbookflow.launch.domain.FeasibilityFindings;
import com.handbookflow.launch.domain.FeasibilityReport;
import com.handbookflow.launch.domain.ItemLabels;
import com.handbookflow.launch.domain.Launch;
import com.handbookflow.launch.domain.LaunchConfirmation;
import com.handbookflow.launch.domain.LaunchDuty;
import com.handbookflow.launch.domain.LaunchPlan;
import com.handbookflow.launch.domain.LeaderSignOff;
import com.handbookflow.launch.domain.Measurement;
import com.handbookflow.launch.domain.MetricResult;
import com.handbookflow.launch.domain.PlanRevision;
import com.handbookflow.launch.domain.RequirementApplication;
import com.handbookflow.launch.domain.ReviewConclusion;
import com.handbookflow.launch.domain.ReviewPart;
import com.handbookflow.launch.domain.TestReport;
import com.handbookflow.launch.domain.TestResults;
import com.handbookflow.launch.domain.UatConfirmation;
import com.handbookflow.launch.security.LaunchAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.handbookflow.launch.service.LaunchProcess.*;

/**
 * The business acts of a new business launch, one transaction each: lock the launch, check who may
 * act and where the process stands, act on the launch, move the process. The rows of table 2 and the
 * launch-day duties are the kit's work items of PLAN_REVIEW and RELEASE ({@code processes/launch.json}:
 * their departments, the review's join rule), the release gate is the kit guard {@code ReleaseGuard};
 * the engine writes every node change and work-item event at commit.
 */
@ApplicationScoped
public class LaunchService {

    private static final Texts TEXTS = Texts.of(LaunchService.class);

    private final ProcessEngine engine;
    private final LaunchRepository launches;
    private final BusinessNumbers numbers;
    private final LaunchConfig config;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final LaunchAccess access;
    private final NodePermissions permissions;
    private final NumberScheme scheme;
    private final BusinessActs acts;
    private final LaunchesForActs forActs;

    LaunchService(ProcessEngine engine, LaunchRepository launches, BusinessNumbers numbers, LaunchConfig config,
                  WorkingDayCalendar calendar, Clock clock, LaunchAccess access,
                  NodePermissions permissions, BusinessActs acts, LaunchesForActs forActs) {
        this.acts = acts;
        this.forActs = forActs;
        this.scheme = NumberScheme.perYear(TYPE, config.numberPrefix(), "-", 4);
        this.engine = engine;
        this.launches = launches;
        this.numbers = numbers;
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
        this.access = access;
        this.permissions = permissions;
    }

    /**
     * The launch and its process, when the caller sees it; inside a transaction, which the caller keeps open
     * while it reads the process's work items and timeline.
     */
    @Transactional
    public Optional<BusinessActs.Acted<Launch>> find(String number) {
        return findVisible(number).map(l -> new BusinessActs.Acted<>(l, engine.load(l.processInstanceId())));
    }

    /** The launch and its process, for the archive; empty when unknown or not visible to the caller. */
    @Transactional
    public <T> Optional<T> read(String number, java.util.function.BiFunction<Launch, ProcessInstance, T> reader) {
        return findVisible(number).map(l -> reader.apply(l, engine.load(l.processInstanceId())));
    }

    /** Who may read and add the launch's files; 404 when the caller does not see the launch. */
    @Transactional
    public com.handbookflow.core.attachment.AttachmentAccess attachmentAccess(String number) {
        Launch launch = findVisible(number).orElseThrow(() -> new ObjectNotFoundException("Launch", number));
        ProcessInstance process = engine.load(launch.processInstanceId());
        NodeInstance active = process.activeNode().orElse(null);
        List<String> cooperating = active == null ? List.of() : engine.definition(process).node(active.nodeKey())
                .map(com.handbookflow.core.engine.definition.NodeDefinition::cooperatingDepartments).orElse(List.of());
        return access.attachments(number, active, cooperating);
    }

    /**
     * Table 1 filed: the launch gets its number; the originating department has 3 working days to
     * collect the requirement and submit the application.
     */
    @Transactional
    public BusinessActs.Acted<Launch> apply(String originatingDepartment, RequirementApplication application,
                                            Actor actor) {
        String department = originatingDepartment(originatingDepartment);
        access.requireMayApply(department);
        ApplicationRules.requireComplete(application, config.maxCoreFunctions());
        Instant now = clock.instant();
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        String number = numbers.next(scheme, today);
        ProcessInstance process = engine.start(TYPE, number, Map.of(BUSINESS_NAME, application.businessName(),
                ORIGINATING_DEPARTMENT, department), actor, Activation.department(department).withPerson(actor.userId()));
        Launch launch = Launch.apply(number, process, department, actor, now, today, application);
        launches.persist(launch);
        return new BusinessActs.Acted<>(launch, process);
    }

    @Transactional
    public BusinessActs.Acted<Launch> reviseApplication(String number, String originatingDepartment,
                                                        RequirementApplication application, Actor actor) {
        return act(number, REQUIREMENT, nodeTeam(), (launch, process, now) -> {
            if (!launch.originatingDepartment().equals(originatingDepartment)) {
                throw new InvalidValueException("originatingDepartment",
                        TEXTS.en("field.originatingDepartment.fixed", launch.originatingDepartment()),
                        TEXTS.zh("field.originatingDepartment.fixed", launch.originatingDepartment()));
            }
            ApplicationRules.requireComplete(application, config.maxCoreFunctions());
            launch.reviseApplication(application);
            process.putAttribute(BUSINESS_NAME, application.businessName());
        });
    }

    /** The application goes to product for the feasibility analysis (5 working days). */
    @Transactional
    public BusinessActs.Acted<Launch> submitApplication(String number, Actor actor) {
        return act(number, REQUIREMENT, nodeTeam(), (launch, process, now) -> {
            ApplicationRules.requireComplete(launch.application(), config.maxCoreFunctions());
            launch.submitApplication(now);
            engine.complete(process, LaunchOutcomes.SUBMITTED, List.of(output(number, "requirement-application")),
                    actor, null, Activation.DEFAULT);
        });
    }

    @Transactional
    public BusinessActs.Acted<Launch> contribute(String number, String requestedDepartment, String summary,
                                                 Actor actor) {
        String department = access.contributingDepartment(requestedDepartment);
        return act(number, FEASIBILITY, (l, p, node) -> {
            if (department == null || !config.feasibilityContributors().contains(department)) {
                throw new RuleBrokenException(ProblemText.of(LaunchService.class, "not-a-contributor",
                        String.join(", ", config.feasibilityContributors()), department,
                        String.join("、", config.feasibilityContributors())));
            }
            access.requireMayContribute(department);
        }, (launch, process, now) -> launch.contributeToFeasibility(
                new FeasibilityContribution(department, summary, actor.userId(), actor.name(), now)));
    }

    /** 通过 opens the plan review (round 1); 不通过 ends the launch as rejected, with the reason. */
    @Transactional
    public BusinessActs.Acted<Launch> reportFeasibility(String number, FeasibilityFindings findings, Actor actor) {
        return act(number, FEASIBILITY, nodeTeam(), (launch, process, now) -> {
            launch.reportFeasibility(new FeasibilityReport(findings.technology(), findings.resources(),
                    findings.costBenefit(), findings.competition(), findings.conclusion(), findings.reason(),
                    actor.userId(), actor.name(), now), config.feasibilityContributors());
            if (findings.feasible()) {
                completeIntoReview(launch, process, LaunchOutcomes.FEASIBLE,
                        List.of(output(number, "feasibility-report")), actor, findings.reason(), now);
            } else {
                engine.complete(process, LaunchOutcomes.NOT_FEASIBLE, List.of(output(number, "feasibility-report")),
                        actor, findings.reason(), Activation.DEFAULT);
            }
        });
    }

    /**
     * A reviewer signs their row of table 2 (a work item of the review node). When the last row is
     * signed the rows join (processes/launch.json): any 不通过 rejects the launch, else any 需修改 sends
     * the plan back to product; all 通过 waits for the leader in charge.
     */
    @Transactional
    public BusinessActs.Acted<Launch> signReview(String number, ReviewPart part, WorkItemResult opinion,
                                                 String comment, Actor actor) {
        return act(number, PLAN_REVIEW, (l, p, node) -> access.requireMaySign(item(p, node, part.name())),
                (launch, process, now) -> {
                    engine.signWorkItem(process, PLAN_REVIEW, part.name(), opinion, comment, actor);
                    WorkItemJoin.Verdict join = engine.workItemJoin(process, PLAN_REVIEW);
                    if (!join.open().isEmpty()) {
                        return;
                    }
                    if (join.outcome().isEmpty()) {
                        launch.concludeRound(ReviewConclusion.AWAITING_SIGN_OFF, null);
                        return;
                    }
                    String reasons = reasons(currentRows(process));
                    launch.concludeRound(LaunchOutcomes.REVIEW_REJECTED.outcome().equals(join.outcome().get()) ? ReviewConclusion.REJECTED
                            : ReviewConclusion.NEEDS_CHANGES, reasons);
                    engine.complete(process, PLAN_REVIEW, null, List.of(output(launch.number(), "plan-review-form")),
                            actor, reasons, Activation.DEFAULT);
                });
    }

    /**
     * 分管领导签字确认: approves the plan whose rows are all 通过 and starts development with its limit
     * by complexity (the default, or a longer one with a reason).
     */
    @Transactional
    public BusinessActs.Acted<Launch> signOff(String number, LeaderSignOff signOff, Actor actor) {
        return act(number, PLAN_REVIEW, (l, p, node) -> access.requireLeader(), (launch, process, now) -> {
            launch.signOff(actor, now, signOff.comment(), currentRows(process).stream()
                    .filter(r -> r.result() != WorkItemResult.PASS).map(WorkItem::itemKey).toList());
            String limit = developmentLimit(signOff, now);
            String limitReason = limit.equals(config.developmentLimit()) ? null : signOff.limitReason();
            launch.scheduleDevelopment(limit, limitReason);
            // the timeline says who approved and why, and why development got a limit other than the default
            String comment = limitReason == null ? signOff.comment()
                    : (signOff.comment() == null ? "" : signOff.comment() + " ")
                            + TEXTS.zh("timeline.development-limit", limit, limitReason);
            engine.complete(process, LaunchOutcomes.APPROVED, List.of(output(number, "plan-review-form")), actor,
                    comment, Activation.DEFAULT.withLimits(List.of(limit)));
        });
    }

    /** Product revises the plan after 需修改; a new review round opens with the same three rows. */
    @Transactional
    public BusinessActs.Acted<Launch> revisePlan(String number, String summary, Actor actor) {
        return act(number, PLAN_REVISION, nodeTeam(), (launch, process, now) -> {
            launch.revisePlan(new PlanRevision(launch.currentRound().round(), summary, actor.userId(),
                    actor.name(), now));
            completeIntoReview(launch, process, LaunchOutcomes.REVISED, List.of(output(number, "revised-plan")),
                    actor, summary, now);
        });
    }

    /**
     * Development and testing done: both the test report and the UAT confirmation are required (422
     * naming the missing one). Launch preparation follows, with each department's duty.
     */
    @Transactional
    public BusinessActs.Acted<Launch> completeDevelopment(String number, TestResults t, Acceptance u, Actor actor) {
        return act(number, DEVELOPMENT, nodeTeam(), (launch, process, now) -> {
            launch.recordDevelopment(
                    t == null ? null : new TestReport(t.summary(), t.casesRun(), t.casesPassed(), t.openDefects(),
                            actor.name(), now),
                    u == null ? null : new UatConfirmation(u.acceptedBy(), u.acceptingDepartment(),
                            u.acceptedOn() != null ? u.acceptedOn() : now.atZone(calendar.zone()).toLocalDate(),
                            u.statement(), now));
            List<com.handbookflow.core.engine.NodeOutput> outputs = new ArrayList<>();
            if (launch.testReport() != null) {
                outputs.add(output(number, "test-report"));
            }
            if (launch.uatConfirmation() != null) {
                outputs.add(output(number, "uat-confirmation"));
            }
            engine.complete(process, LaunchOutcomes.TESTED, outputs, actor, null, Activation.DEFAULT);
        });
    }

    /** 《上线计划表》; recorded again, it replaces the earlier one. The release checks its emergency plan. */
    @Transactional
    public BusinessActs.Acted<Launch> planLaunch(String number, Instant launchAt, List<String> people,
                                                 EmergencyPlan emergencyPlan, String monitoring, Actor actor) {
        return act(number, RELEASE, nodeTeam(), (launch, process, now) ->
                launch.planLaunch(new LaunchPlan(launchAt, people, emergencyPlan, monitoring, actor.name(), now)));
    }

    /** A department reports its launch-day duty (a work item of the release node) done. */
    @Transactional
    public BusinessActs.Acted<Launch> completeDuty(String number, LaunchDuty duty, String note, Actor actor) {
        return act(number, RELEASE, (l, p, node) -> access.requireMayComplete(item(p, node, duty.name())),
                (launch, process, now) -> engine.signWorkItem(process, RELEASE, duty.name(), null, note,
                        actor));
    }

    /**
     * The release (《上线确认函》): refused (422) while a duty is open (the engine's work-item join) or
     * without an emergency plan with rollback steps and user compensation (the node's guard,
     * {@code ReleaseGuard}, judging the launch). The evaluation is due 7 working days after the launch.
     */
    @Transactional
    public BusinessActs.Acted<Launch> release(String number, Instant launchedAtOrNow, String statement,
                                              String monitoringNote, Actor actor) {
        return act(number, RELEASE, nodeTeam(), (launch, process, now) -> {
            Instant launchedAt = launchedAtOrNow == null ? now : launchedAtOrNow;
            if (launchedAt.isAfter(now)) {
                throw new InvalidValueException("launchedAt", TEXTS.en("field.launchedAt.in-future"),
                        TEXTS.zh("field.launchedAt.in-future"));
            }
            engine.complete(process, LaunchOutcomes.RELEASED,
                    List.of(output(number, "launch-plan"), output(number, "launch-confirmation")), actor,
                    monitoringNote, new Activation(null, null, null, launchedAt), CompletionContent.of(launch));
            launch.release(new LaunchConfirmation(launchedAt, statement, monitoringNote,
                    actor.userId(), actor.name(), now));
        });
    }

    /** The evaluation report against table 1's goal; the launch is archived. */
    @Transactional
    public BusinessActs.Acted<Launch> evaluate(String number, List<Measurement> metrics, String feedback,
                                               String conclusion, Actor actor) {
        return act(number, EVALUATION, nodeTeam(), (launch, process, now) -> {
            List<MetricResult> results = EvaluationRules.results(launch.application().goal(), metrics);
            boolean goalMet = results.stream().filter(MetricResult::goal).allMatch(MetricResult::met);
            launch.evaluate(new Evaluation(results, goalMet, feedback, conclusion, actor.name(), now));
            engine.complete(process, LaunchOutcomes.ARCHIVED,
                    List.of(output(number, "evaluation-report"), output(number, "project-archive")), actor,
                    conclusion, Activation.DEFAULT);
        });
    }

    /** Who may act on the node: its department or person, or an administrator. */
    private BusinessActs.MayAct<Launch> nodeTeam() {
        return (l, p, node) -> permissions.requireMayActOn(node);
    }

    /**
     * The kit's act template: lock the launch (404 when the user does not see it), refuse an act out of
     * order before anything is touched (409 naming the current node), check who may act, act, keep the
     * list columns current.
     */
    private BusinessActs.Acted<Launch> act(String number, String nodeKey, BusinessActs.MayAct<Launch> mayAct,
                                           BusinessActs.Act<Launch> act) {
        return acts.onNode(forActs, number, nodeKey, mayAct, act);
    }

    private Optional<Launch> findVisible(String number) {
        return launches.findByNumber(number).filter(access::sees);
    }

    private String originatingDepartment(String requested) {
        String department = requested.strip();
        if (!config.originatingDepartments().contains(department)) {
            Object[] arguments = {department, String.join(", ", config.originatingDepartments()),
                    String.join("、", config.originatingDepartments())};
            throw new InvalidValueException("originatingDepartment",
                    TEXTS.en("field.originatingDepartment.unknown", arguments),
                    TEXTS.zh("field.originatingDepartment.unknown", arguments));
        }
        return department;
    }

    /**
     * Completes the outcome's node into the plan review: the review node's activation opens its rows (the
     * kit's work items, each due with the node) and the launch records the new round. The round number
     * goes on the instance first, so the rows' events carry it.
     */
    private void completeIntoReview(Launch launch, ProcessInstance process, NodeOutcome outcome,
                                    List<com.handbookflow.core.engine.NodeOutput> outputs, Actor actor, String comment,
                                    Instant now) {
        int round = process.latest(PLAN_REVIEW).map(NodeInstance::attempt).orElse(0) + 1;
        process.putAttribute(REVIEW_ROUND, round);
        engine.complete(process, outcome, outputs, actor, comment, Activation.DEFAULT);
        launch.openReviewRound(process.activeNode().orElseThrow().attempt(), now);
    }

    /** The work item {@code key} of the active node's current round (422 naming the known ones when unknown). */
    private WorkItem item(ProcessInstance process, NodeInstance node, String key) {
        return engine.workItems(process).stream()
                .filter(i -> i.nodeInstanceId().equals(node.id()) && i.itemKey().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidValueException("item",
                        TEXTS.en("field.item.unknown", node.nodeKey(), key), TEXTS.zh("field.item.unknown", node.nodeKey(), key)));
    }

    /** The rows of the review round under way. */
    private List<WorkItem> currentRows(ProcessInstance process) {
        NodeInstance review = process.activeNode().orElseThrow();
        return engine.workItems(process).stream().filter(i -> i.nodeInstanceId().equals(review.id())).toList();
    }

    /** Why a round did not pass, in the reviewers' words: 资源预算：需修改（压缩预算）. */
    private static String reasons(List<WorkItem> rows) {
        return String.join("; ", rows.stream().filter(r -> r.result() != null && r.result() != WorkItemResult.PASS)
                .map(r -> ItemLabels.label(ReviewPart.class, r).zh().replaceFirst("（.*", "")
                        + "：" + r.result().zh() + (r.comment() == null ? "" : "（" + r.comment() + "）"))
                .toList());
    }

    /** The leader's limit for development, or the default; a longer one than the default needs a reason. */
    private String developmentLimit(LeaderSignOff signOff, Instant now) {
        if (signOff.developmentLimit() == null || signOff.developmentLimit().isBlank()) {
            return config.developmentLimit();
        }
        String limit = signOff.developmentLimit().strip();
        DeadlineComputation chosen = calendar.deadline(now, LimitSpec.parse(limit));
        DeadlineComputation standard = calendar.deadline(now, LimitSpec.parse(config.developmentLimit()));
        if (chosen.dueAt().isAfter(standard.dueAt())
                && (signOff.limitReason() == null || signOff.limitReason().isBlank())) {
            throw new InvalidValueException("limitReason",
                    TEXTS.en("field.limitReason.required", config.developmentLimit()),
                    TEXTS.zh("field.limitReason.required", config.developmentLimit()));
        }
        return limit;
    }
}
