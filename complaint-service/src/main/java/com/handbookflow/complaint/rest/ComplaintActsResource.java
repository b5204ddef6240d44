package com.handbookflow.complaint.rest;

import com.handbookflow.complaint.domain.HandlingPlan;
import com.handbookflow.complaint.service.ComplaintService;
import com.handbookflow.complaint.service.GradingPolicy;
import com.handbookflow.core.attachment.AttachmentOwner;
import com.handbookflow.core.attachment.rest.AttachmentsApi;
import com.handbookflow.core.attachment.rest.AttachmentsResource;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.engine.ActorProvider;
import com.handbookflow.core.problem.NotFoundException;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.ProblemExamples;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * One complaint and its business acts, one sub-resource each. Every act answers the complaint as it
 * now stands; an act out of order is a 409 naming the current node, nothing written.
 */
@Path("/api/v1/complaints/{number}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints / 客户投诉")
@APIResponse(responseCode = "200", description = "The complaint as it now stands / 投诉当前状态",
        content = @Content(schema = @Schema(implementation = ComplaintView.class),
                examples = @ExampleObject(name = "complaint", value = ApiExamples.VIEW)))
@APIResponse(responseCode = "400", description = ProblemExamples.INVALID_INPUT_RESPONSE,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
@APIResponse(responseCode = "404", description = "No such complaint",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
@APIResponse(responseCode = "409", description = "The act does not fit where the complaint is now (currentNode says where)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "wrong state", value = ApiExamples.CONFLICT)))
@APIResponse(responseCode = "422", description = ProblemExamples.AGAINST_A_RULE_RESPONSE,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "rule", value = ApiExamples.UNPROCESSABLE)))
public class ComplaintActsResource {

    private final ComplaintService service;
    private final ActorProvider actors;
    private final Departments departments;
    private final AttachmentsApi attachmentsApi;
    private final ComplaintMapper mapper;

    ComplaintActsResource(ComplaintService service, ActorProvider actors, Departments departments,
                          AttachmentsApi attachmentsApi, ComplaintMapper mapper) {
        this.mapper = mapper;
        this.attachmentsApi = attachmentsApi;
        this.service = service;
        this.actors = actors;
        this.departments = departments;
    }

    /**
     * The complaint's files (附件): photos of a damaged product, call recordings, the customer's evidence;
     * listed, uploaded (multipart, within handbook.attachments.max-size and allowed-types) and downloaded.
     */
    @Path("attachments")
    public AttachmentsResource attachments(@PathParam("number") String number) {
        return attachmentsApi.mount(new AttachmentOwner("complaint", number), service.attachmentAccess(number));
    }

    @GET
    @Operation(operationId = "getComplaint", summary = "A complaint with its node timeline / 投诉详情", description = "Table 3 and 4 data, every act "
            + "recorded, and each node: state, department, person, startedAt, dueAt with its limit, completedAt, onTime.")
    @Transactional // the view reads the complaint's collections: mapped before the commit detaches it
    public ComplaintView get(@PathParam("number") @Parameter(example = "TS20260930-0001") String number) {
        return service.find(number).map(mapper::view).orElseThrow(() -> new NotFoundException("Complaint", number));
    }

    @POST
    @Path("acknowledgement")
    @Operation(operationId = "acknowledgeComplaint", summary = "First response / 首次响应", description = "Within 10 minutes of receipt. The caller takes the "
            + "complaint and stays the customer's contact for its whole life (首问负责制). No body.")
    @Transactional
    public ComplaintView acknowledge(@PathParam("number") String number) {
        return mapper.view(service.acknowledge(number, actors.current()));
    }

    @POST
    @Path("registration")
    @Operation(operationId = "completeComplaintRegistration", summary = "Registration complete / 完成登记", description = "Within 24 hours of receipt. Produces the "
            + "registration form 《客户投诉登记表》 from the complaint's data; any field given corrects it.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RegistrationRequest.class),
            examples = {@ExampleObject(name = "as received", value = "{}"),
                    @ExampleObject(name = "corrected", value = ApiExamples.REGISTRATION)}))
    @Transactional
    public ComplaintView register(@PathParam("number") String number, @Valid RegistrationRequest request) {
        return mapper.view(service.register(number, (request == null ? RegistrationRequest.EMPTY : request)::applyTo,
                actors.current()));
    }

    @POST
    @Path("classification")
    @Operation(operationId = "classifyComplaint", summary = "Classify and grade / 分类与分级", description = "Within 1 working day. "
            + "The grade follows from the grading criteria (分级标准明确, configured, listed in the enumerations): any "
            + "criterion met (ticked, the amount involved above its threshold, or a repeat complaint of the same "
            + "contact) makes it MAJOR, none GENERAL. Another grade needs deviationReason (422 "
            + "grade-deviation-unexplained). MAJOR escalates at once to the head of the responsible department and the "
            + "leader in charge (EscalationRaised event).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ClassificationRequest.class),
            examples = {@ExampleObject(name = "major by the criteria", value = ApiExamples.CLASSIFICATION),
                    @ExampleObject(name = "deviating, explained", value = ApiExamples.CLASSIFICATION_DEVIATING)}))
    @APIResponse(responseCode = "422", description = "The grade deviates from the criteria without deviationReason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "deviation unexplained", value = ApiExamples.GRADE_DEVIATION_UNEXPLAINED)))
    @Transactional
    public ComplaintView classify(@PathParam("number") String number, @Valid @NotNull ClassificationRequest request) {
        return mapper.view(service.classify(number, request.problemType(), request.problemTypeOther(),
                new GradingPolicy.Assessment(request.criteria(), request.amountInvolved(), request.grade(),
                        request.deviationReason()), request.reason(), actors.current()));
    }

    @POST
    @Path("assignment")
    @Operation(operationId = "assignComplaint", summary = "Assign the responsible department / 指派责任部门", description = "Routed by problem type "
            + "(configurable); another department needs a reason, and must be one of the company's departments (422 "
            + "unknown-department naming the known codes). The handling plan is then due in 3 working days "
            + "(GENERAL) or 5 (MAJOR), or earlier when what is left of the urgency budget from receipt (URGENT 24 h, "
            + "EXTRA_URGENT 2 h) ends first; a major or extra-urgent complaint assigned elsewhere than escalated tells "
            + "that department's head. The customer must be updated at least every 2 days from now on.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AssignmentRequest.class),
            examples = {@ExampleObject(name = "as routed", value = ApiExamples.ASSIGNMENT_ROUTED),
                    @ExampleObject(name = "override", value = ApiExamples.ASSIGNMENT_OVERRIDE)}))
    @Transactional
    public ComplaintView assign(@PathParam("number") String number, @Valid AssignmentRequest request) {
        if (request != null && request.department() != null && !request.department().isBlank()) {
            departments.requireKnown(request.department(), "department");
        }
        AssignmentRequest assignment = request == null ? new AssignmentRequest(null, null, null) : request;
        return mapper.view(service.assign(number, assignment.department(), assignment.person(), assignment.reason(),
                actors.current()));
    }

    @POST
    @Path("handling-plans")
    @Operation(operationId = "submitHandlingPlan", summary = "Submit the handling plan / 提交处理方案", description = "By the responsible department; "
            + "produces 《投诉处理方案》. A complaint sent back by a dissatisfied customer gets a further plan. A plan "
            + "may name cooperating departments (协办部门, e.g. for a major complaint that needs several departments), each "
            + "with its part: each must be one of the company's departments (422 unknown-department), not the lead "
            + "department itself (400); each sees the complaint from now on (without the customer's personal data) and "
            + "owes its part as a work item of the execution (`EXECUTE/cooperation-<department>`, WORK_ITEM obligation "
            + "events, reminded and escalated like any obligation).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HandlingPlanRequest.class),
            examples = {@ExampleObject(name = "refund", value = ApiExamples.PLAN),
                    @ExampleObject(name = "with a cooperating department", value = ApiExamples.PLAN_WITH_COOPERATION)}))
    @Transactional
    public ComplaintView submitPlan(@PathParam("number") String number, @Valid @NotNull HandlingPlanRequest request) {
        for (int i = 0; i < request.cooperationsOrNone().size(); i++) {
            departments.requireKnown(request.cooperationsOrNone().get(i).department(), "cooperations[" + i + "].department");
        }
        return mapper.view(service.submitPlan(number, request.actions(), request.description(),
                request.cooperationsOrNone().stream().map(c -> new HandlingPlan.Cooperation(c.department(), c.task()))
                        .toList(), actors.current()));
    }

    @POST
    @Path("cooperations/{department}/completion")
    @Operation(operationId = "completeCooperation", summary = "A cooperating department's part done / 协办部门完成分工",
            description = "By a member of the cooperating department (or an administrator), while the plan is being "
            + "executed: signs its work item of the execution. The lead department completes the execution once every "
            + "part is done (until then 422 `work-items-open` naming the open parts). A department the plan does not "
            + "name: 422 `unknown-work-item`; one already reported: 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CooperationReport.class),
            examples = @ExampleObject(name = "done", value = ApiExamples.COOPERATION_REPORT)))
    @Transactional
    public ComplaintView completeCooperation(@PathParam("number") String number,
                                             @PathParam("department") @Parameter(example = "after-sales") String department,
                                             @Valid @NotNull CooperationReport report) {
        return mapper.view(service.completeCooperation(number, department, report.result(), actors.current()));
    }

    @POST
    @Path("execution")
    @Operation(operationId = "recordPlanExecution", summary = "Plan executed / 方案执行完成", description = "By the lead "
            + "(responsible) department, once every cooperating department's part is done (else 422 `work-items-open`, "
            + "`openItems` naming them). The customer's confirmation is then due within 2 working days.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExecutionRequest.class),
            examples = @ExampleObject(name = "refunded", value = ApiExamples.EXECUTION)))
    @Transactional
    public ComplaintView recordExecution(@PathParam("number") String number, @Valid @NotNull ExecutionRequest request) {
        return mapper.view(service.recordExecution(number, request.result(), actors.current()));
    }

    @POST
    @Path("confirmations")
    @Operation(operationId = "recordCustomerConfirmation", summary = "Customer confirmation / 客户确认与满意度回访", description = "Table 4; produces 《客户处理确认函》. "
            + "DISSATISFIED with rehandle=true sends the complaint back to a new handling plan (once by default); "
            + "every answer counts in satisfaction.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ConfirmationRequest.class),
            examples = {@ExampleObject(name = "confirmed", value = ApiExamples.CONFIRMATION),
                    @ExampleObject(name = "dissatisfied, handle again", value = ApiExamples.CONFIRMATION_REHANDLE)}))
    @Transactional
    public ComplaintView confirm(@PathParam("number") String number, @Valid @NotNull ConfirmationRequest request) {
        return mapper.view(service.confirm(number, request.followUp(), request.rehandleRequested(), actors.current()));
    }

    @POST
    @Path("progress-updates")
    @Operation(operationId = "recordProgressUpdate", summary = "Record an update to the customer / 记录进度告知", description = "Meets the update that was "
            + "due and restarts the clock: the next one is due 2 days later (CUSTOMER_UPDATE obligation events).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProgressUpdateRequest.class),
            examples = @ExampleObject(name = "phone call", value = ApiExamples.PROGRESS_UPDATE)))
    @Transactional
    public ComplaintView recordProgressUpdate(@PathParam("number") String number,
                                              @Valid @NotNull ProgressUpdateRequest request) {
        return mapper.view(service.recordProgressUpdate(number, request.channel(), request.content(), actors.current()));
    }

    @POST
    @Path("cause-analysis")
    @Operation(operationId = "submitCauseAnalysis", summary = "Cause analysis and improvement measures / 原因分析与改进措施",
            description = "By the responsible department (责任部门分析原因、提出改进措施), while the complaint is at CLOSE: "
            + "root cause (configured category plus sub-cause) and improvement measures, each with owner department "
            + "and deadline, tracked to it from now on (IMPROVEMENT_MEASURE obligations); the content of "
            + "《改进措施报告》. Signs the CLOSE node's work item `cause-analysis` (a second analysis is a 409 naming who "
            + "wrote it). Customer service then archives (closure).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CauseAnalysisRequest.class),
            examples = @ExampleObject(name = "courier", value = ApiExamples.CAUSE_ANALYSIS)))
    @Transactional
    public ComplaintView analyseCause(@PathParam("number") String number, @Valid @NotNull CauseAnalysisRequest request) {
        for (int i = 0; i < request.improvementMeasures().size(); i++) {
            departments.require(request.improvementMeasures().get(i).ownerDepartment(),
                    "improvementMeasures[" + i + "].ownerDepartment");
        }
        return mapper.view(service.analyseCause(number, request.rootCauseCategory(), request.rootCauseDetail(),
                request.rootCauseDescription(), request.improvementMeasures().stream()
                        .map(m -> new ComplaintService.ProposedMeasure(m.description(), m.ownerDepartment(), m.deadline()))
                        .toList(), actors.current()));
    }

    @POST
    @Path("closure")
    @Operation(operationId = "closeComplaint", summary = "Archive and close / 闭环归档", description = "By customer service, "
            + "once the responsible department's cause analysis is in (otherwise 422 `work-items-open` naming "
            + "`CLOSE/cause-analysis`); produces 《投诉处理归档表》 and 《改进措施报告》 and closes the complaint. No body.")
    @Transactional
    public ComplaintView close(@PathParam("number") String number) {
        return mapper.view(service.close(number, actors.current()));
    }

    @POST
    @Path("improvement-measures/{seq}/completion")
    @Operation(operationId = "completeImprovementMeasure", summary = "Improvement measure done / 改进措施完成", description = "By its owner department. No body.")
    @Transactional
    public ComplaintView completeMeasure(@PathParam("number") String number,
                                         @PathParam("seq") @Parameter(example = "1") int seq) {
        return mapper.view(service.completeMeasure(number, seq, actors.current()));
    }
}
