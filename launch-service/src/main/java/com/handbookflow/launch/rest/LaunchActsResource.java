package com.handbookflow.launch.rest;

import com.handbookflow.core.attachment.rest.AttachmentsApi;
import com.handbookflow.core.attachment.rest.AttachmentsResource;
import com.handbookflow.core.engine.ActorProvider;
import com.handbookflow.core.problem.NotFoundException;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.ProblemExamples;
import com.handbookflow.core.rest.QueryParams;
import com.handbookflow.launch.domain.Acceptance;
import com.handbookflow.launch.domain.EmergencyPlan;
import com.handbookflow.launch.domain.FeasibilityFindings;
import com.handbookflow.launch.domain.Launch;
import com.handbookflow.launch.domain.LaunchDuty;
import com.handbookflow.launch.domain.LeaderSignOff;
import com.handbookflow.launch.domain.ReviewPart;
import com.handbookflow.launch.domain.TestResults;
import com.handbookflow.launch.service.LaunchService;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One launch and its business acts, one sub-resource each. Every act answers the launch as it now
 * stands; an act out of order is a 409 naming the current node, nothing written.
 */
@Path("/api/v1/launches/{number}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Launches / 新业务上线")
@APIResponse(responseCode = "200", description = "The launch as it now stands / 新业务当前状态",
        content = @Content(schema = @Schema(implementation = LaunchView.class),
                examples = @ExampleObject(name = "launch", value = ApiExamples.VIEW)))
@APIResponse(responseCode = "400", description = ProblemExamples.INVALID_INPUT_RESPONSE,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
@APIResponse(responseCode = "401", description = ProblemExamples.UNAUTHENTICATED_RESPONSE,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "no token", value = ProblemExamples.UNAUTHENTICATED)))
@APIResponse(responseCode = "403", description = "The caller may not do this act (the problem says who may)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
@APIResponse(responseCode = "404", description = "No such launch, or not visible to the caller",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
@APIResponse(responseCode = "409", description = "The act does not fit where the launch is now (currentNode says where)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = {@ExampleObject(name = "wrong node", value = ApiExamples.CONFLICT),
                        @ExampleObject(name = "concurrent change", value = ProblemExamples.CONCURRENT_CHANGE)}))
@APIResponse(responseCode = "422", description = ProblemExamples.AGAINST_A_RULE_RESPONSE,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "no emergency plan", value = ApiExamples.UNPROCESSABLE)))
public class LaunchActsResource {

    private final LaunchService service;
    private final ActorProvider actors;
    private final AttachmentsApi attachmentsApi;
    private final LaunchMapper mapper;

    LaunchActsResource(LaunchService service, ActorProvider actors, AttachmentsApi attachmentsApi,
                       LaunchMapper mapper) {
        this.service = service;
        this.actors = actors;
        this.attachmentsApi = attachmentsApi;
        this.mapper = mapper;
    }

    /**
     * The launch's files (附件): market research and competitor analysis with table 1 (slots
     * {@code market-research}, {@code competitor-analysis}), test reports, the launch plan; listed,
     * uploaded (multipart) and downloaded. They go into the archive ZIP.
     */
    @Path("attachments")
    public AttachmentsResource attachments(@PathParam("number") String number) {
        return attachmentsApi.mount(Launch.attachmentOwner(number), service.attachmentAccess(number));
    }

    @GET
    @Operation(operationId = "getLaunch", summary = "A launch with its timeline / 新业务详情", description = "Table 1, "
            + "the feasibility analysis, every review round of table 2, development, release and evaluation, and each "
            + "node activation: state, department, person, startedAt, dueAt with its limit, completedAt, onTime, who "
            + "and why.")
    @Transactional
    public LaunchView get(@PathParam("number") @Parameter(example = "SX2026-0001") String number) {
        return mapper.view(service.find(number).orElseThrow(() -> new NotFoundException("Launch", number)));
    }

    @PUT
    @Path("application")
    @Operation(operationId = "reviseApplication", summary = "Correct the application / 修改需求申请表",
            description = "While the requirement is being collected (REQUIREMENT); the same rules as at filing.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApplicationRequest.class),
            examples = @ExampleObject(name = "points mall", value = ApiExamples.APPLICATION)))
    @Transactional
    public LaunchView reviseApplication(@PathParam("number") String number,
                                        @Valid @NotNull ApplicationRequest request) {
        return mapper.view(service.reviseApplication(number, request.originatingDepartment(), request.toApplication(),
                actors.current()));
    }

    @POST
    @Path("application-submission")
    @Operation(operationId = "submitApplication", summary = "Submit the application / 提交需求申请",
            description = "Within 3 working days. Product's feasibility analysis (5 working days) starts. No body.")
    @Transactional
    public LaunchView submitApplication(@PathParam("number") String number) {
        return mapper.view(service.submitApplication(number, actors.current()));
    }

    @POST
    @Path("feasibility/contributions")
    @Operation(operationId = "contributeToFeasibility", summary = "Technology's or finance's analysis / 技术、财务分析意见",
            description = "By a member of technology or finance (需技术、财务共同参与): the report needs both.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContributionRequest.class),
            examples = @ExampleObject(name = "technology", value = ApiExamples.CONTRIBUTION)))
    @Transactional
    public LaunchView contribute(@PathParam("number") String number, @Valid @NotNull ContributionRequest request) {
        return mapper.view(service.contribute(number, request.department(), request.summary(), actors.current()));
    }

    @POST
    @Path("feasibility/report")
    @Operation(operationId = "reportFeasibility", summary = "Feasibility report / 可行性分析报告",
            description = "By product: technology, resources, cost/benefit, competition and the conclusion. PASS opens "
                    + "the plan review (3 working days, one review row each for marketing, technology and finance); "
                    + "FAIL ends the launch as REJECTED with the reason. 422 while technology or finance has not "
                    + "contributed.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FeasibilityReportRequest.class),
            examples = {@ExampleObject(name = "pass", value = ApiExamples.FEASIBILITY_PASS),
                    @ExampleObject(name = "fail", value = ApiExamples.FEASIBILITY_FAIL)}))
    @Transactional
    public LaunchView reportFeasibility(@PathParam("number") String number,
                                        @Valid @NotNull FeasibilityReportRequest request) {
        return mapper.view(service.reportFeasibility(number, new FeasibilityFindings(request.technology(),
                request.resources(), request.costBenefit(), request.competition(), request.conclusion(),
                request.reason()), actors.current()));
    }

    @POST
    @Path("plan-review/rows/{part}/signature")
    @Operation(operationId = "signReviewRow", summary = "Sign a review row / 评审签字",
            description = "By a member of the row's reviewing department: opinion PASS 通过, FAIL 不通过 or "
                    + "NEEDS_CHANGES 需修改; the reviewer and the date are the caller and today. Once every row is "
                    + "signed: any FAIL rejects the launch, else any NEEDS_CHANGES sends the plan back to product "
                    + "(PLAN_REVISION, 2 working days) and then to a new review round; all PASS waits for the leader. "
                    + "A row is signed once per round (409 work-item-not-open naming who signed it).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReviewSignatureRequest.class),
            examples = {@ExampleObject(name = "pass", value = ApiExamples.REVIEW_PASS),
                    @ExampleObject(name = "needs changes", value = ApiExamples.REVIEW_NEEDS_CHANGES)}))
    @Transactional
    public LaunchView signReview(@PathParam("number") String number,
                                 @PathParam("part") @Parameter(description = "BUSINESS_PLAN, TECHNICAL_PLAN, "
                                         + "RESOURCE_BUDGET", example = "BUSINESS_PLAN") String part,
                                 @Valid @NotNull ReviewSignatureRequest request) {
        return mapper.view(service.signReview(number, QueryParams.enumValue("part", ReviewPart.class, part),
                request.opinion(), request.comment(), actors.current()));
    }

    @POST
    @Path("plan-review/sign-off")
    @Operation(operationId = "signOffPlan", summary = "Leader's sign-off / 分管领导签字确认",
            description = "Only a LEADER, once every row of the current round is PASS. Sets development's limit by "
                    + "complexity (default P15WD; a longer one needs limitReason) and starts development.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SignOffRequest.class),
            examples = {@ExampleObject(name = "default limit", value = "{\"comment\": \"同意。\"}"),
                    @ExampleObject(name = "longer limit", value = ApiExamples.SIGN_OFF)}))
    @Transactional
    public LaunchView signOff(@PathParam("number") String number, @Valid SignOffRequest request) {
        LeaderSignOff signOff = request == null ? new LeaderSignOff(null, null, null)
                : new LeaderSignOff(request.developmentLimit(), request.limitReason(), request.comment());
        return mapper.view(service.signOff(number, signOff, actors.current()));
    }

    @POST
    @Path("plan-revisions")
    @Operation(operationId = "revisePlan", summary = "Revise the plan / 修改方案",
            description = "By product after a round concluded 需修改; a new review round opens with the same rows.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanRevisionRequest.class),
            examples = @ExampleObject(name = "smaller budget", value = ApiExamples.PLAN_REVISION)))
    @Transactional
    public LaunchView revisePlan(@PathParam("number") String number, @Valid @NotNull PlanRevisionRequest request) {
        return mapper.view(service.revisePlan(number, request.summary(), actors.current()));
    }

    @POST
    @Path("development/completion")
    @Operation(operationId = "completeDevelopment", summary = "Development and testing done / 开发测试完成",
            description = "By technology: 《测试报告》 and 《用户验收确认函》, both required (422 missingOutputs "
                    + "names what is missing). Launch preparation (3 working days) starts with three duties: "
                    + "DEPLOYMENT (technology), PROMOTION (marketing), SCRIPT_TRAINING (customer-service).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DevelopmentRequest.class),
            examples = @ExampleObject(name = "tested and accepted", value = ApiExamples.DEVELOPMENT)))
    @Transactional
    public LaunchView completeDevelopment(@PathParam("number") String number,
                                          @Valid @NotNull DevelopmentRequest request) {
        DevelopmentRequest.TestReportPart t = request.testReport();
        DevelopmentRequest.UatPart u = request.uatConfirmation();
        return mapper.view(service.completeDevelopment(number,
                t == null ? null : new TestResults(t.summary(), t.casesRun(), t.casesPassed(), t.openDefects()),
                u == null ? null : new Acceptance(u.acceptedBy(), u.acceptingDepartment(), u.acceptedOn(), u.statement()),
                actors.current()));
    }

    @PUT
    @Path("release/launch-plan")
    @Operation(operationId = "planLaunch", summary = "Launch plan / 上线计划表",
            description = "By technology: time, people, emergency plan (rollback steps, user compensation), "
                    + "monitoring. Recorded again, it replaces the earlier one.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LaunchPlanRequest.class),
            examples = @ExampleObject(name = "plan", value = ApiExamples.LAUNCH_PLAN)))
    @Transactional
    public LaunchView planLaunch(@PathParam("number") String number, @Valid @NotNull LaunchPlanRequest request) {
        LaunchPlanRequest.EmergencyPlanPart e = request.emergencyPlan();
        return mapper.view(service.planLaunch(number, request.launchAt().toInstant(), request.people(),
                e == null ? null : new EmergencyPlan(e.rollbackSteps(), e.userCompensation(), e.trigger()),
                request.monitoring(), actors.current()));
    }

    @POST
    @Path("release/duties/{duty}/completion")
    @Operation(operationId = "completeLaunchDuty", summary = "A launch duty done / 上线准备工作完成",
            description = "By the duty's department: DEPLOYMENT 环境部署与数据准备 (technology), PROMOTION 推广物料 "
                    + "(marketing), SCRIPT_TRAINING 客服话术培训 (customer-service).")
    @RequestBody(content = @Content(schema = @Schema(implementation = DutyRequest.class),
            examples = @ExampleObject(name = "deployed", value = ApiExamples.DUTY)))
    @Transactional
    public LaunchView completeDuty(@PathParam("number") String number,
                                   @PathParam("duty") @Parameter(example = "DEPLOYMENT") String duty,
                                   @Valid DutyRequest request) {
        return mapper.view(service.completeDuty(number, QueryParams.enumValue("duty", LaunchDuty.class, duty),
                request == null ? null : request.note(), actors.current()));
    }

    @POST
    @Path("release")
    @Operation(operationId = "release", summary = "Release / 正式发布",
            description = "By technology: 《上线确认函》 with the post-launch monitoring. Refused (422) while a launch "
                    + "duty is open (work-items-open, openItems), and without an emergency plan that has rollback steps "
                    + "and a user compensation plan (release-refused: 上线前必须完成应急预案). The evaluation is due 7 "
                    + "working days after the launch.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReleaseRequest.class),
            examples = @ExampleObject(name = "live", value = ApiExamples.RELEASE)))
    @Transactional
    public LaunchView release(@PathParam("number") String number, @Valid @NotNull ReleaseRequest request) {
        return mapper.view(service.release(number,
                request.launchedAt() == null ? null : request.launchedAt().toInstant(), request.statement(),
                request.monitoringNote(), actors.current()));
    }

    @POST
    @Path("evaluation")
    @Operation(operationId = "evaluateLaunch", summary = "Effect evaluation and archive / 效果评估与归档",
            description = "By marketing: quantified metrics (DAU, retention, users, conversion), table 1's goal "
                    + "metric among them, measured against the goal's target; the launch is archived.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EvaluationRequest.class),
            examples = @ExampleObject(name = "three months", value = ApiExamples.EVALUATION)))
    @Transactional
    public LaunchView evaluate(@PathParam("number") String number, @Valid @NotNull EvaluationRequest request) {
        return mapper.view(service.evaluate(number, request.metrics(), request.feedback(), request.conclusion(),
                actors.current()));
    }
}
