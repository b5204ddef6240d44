package com.handbookflow.project.rest;

import com.handbookflow.core.engine.ActorProvider;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.ProblemExamples;
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
import com.handbookflow.core.problem.NotFoundException;
import com.handbookflow.project.service.ProjectService;

/**
 * One project and its project-level acts, one sub-resource each. Every act answers the project as it
 * now stands; an act out of order is a 409 naming the current node, nothing written.
 */
@Path("/api/v1/projects/{number}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects / 跨部门协作项目")
@APIResponse(responseCode = "200", description = "The project as it now stands / 项目当前状态",
        content = @Content(schema = @Schema(implementation = ProjectView.class),
                examples = @ExampleObject(name = "project", value = ApiExamples.VIEW)))
@APIResponse(responseCode = "400", description = ProblemExamples.INVALID_INPUT_RESPONSE,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
@APIResponse(responseCode = "403", description = "Not the department or person who may do this / 无权操作",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
@APIResponse(responseCode = "404", description = "No such project (or not one the caller takes part in) / 项目不存在",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
@APIResponse(responseCode = "409", description = "The act does not fit where the project or task is now (currentNode / currentState say where)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "wrong state", value = ApiExamples.CONFLICT)))
@APIResponse(responseCode = "422", description = ProblemExamples.AGAINST_A_RULE_RESPONSE,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "rule", value = ApiExamples.UNPROCESSABLE)))
public class ProjectActsResource {

    private final ProjectService service;
    private final ActorProvider actors;
    private final ProjectMapper mapper;

    ProjectActsResource(ProjectService service, ActorProvider actors, ProjectMapper mapper) {
        this.service = service;
        this.actors = actors;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "getProject", summary = "A project with its tasks, risks, meetings and node timeline / 项目详情",
            description = "Every form of the project, table 5 with each task's dependencies and their knock-on, table 6, "
                    + "the meetings and reports, and each node: state, department, person, startedAt, dueAt, completedAt, onTime.")
    @Transactional // the view reads the project's tasks, risks and meetings: mapped before the commit detaches them
    public ProjectView get(@PathParam("number") @Parameter(example = "PRJ2026001") String number) {
        return mapper.view(service.find(number).orElseThrow(() -> new NotFoundException("Project", number)));
    }

    @POST
    @Path("alignment-minutes")
    @Operation(operationId = "recordAlignmentMinutes", summary = "Goal alignment minutes / 项目目标对齐会议纪要",
            description = "By the initiating department, within the initiation node (3 working days).")
    @RequestBody(content = @Content(schema = @Schema(implementation = AlignmentRequest.class),
            examples = @ExampleObject(name = "minutes", value = ApiExamples.ALIGNMENT)))
    @Transactional
    public ProjectView alignment(@PathParam("number") String number, @Valid @NotNull AlignmentRequest request) {
        return mapper.view(service.recordAlignment(number, request.meetingDate(), request.departmentsPresent(),
                request.summary(), actors.current()));
    }

    @POST
    @Path("consents")
    @Operation(operationId = "recordConsent", summary = "A department's consent to take part / 确认参与意愿",
            description = "Each participating department answers for itself (a work item of the initiation node); "
                    + "a department that declines leaves the project.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ConsentRequest.class),
            examples = @ExampleObject(name = "agreed", value = ApiExamples.CONSENT)))
    @Transactional
    public ProjectView consent(@PathParam("number") String number, @Valid @NotNull ConsentRequest request) {
        return mapper.view(service.consent(number, request.department(), request.agreed(), request.comment(),
                actors.current()));
    }

    @POST
    @Path("initiation/completion")
    @Consumes(MediaType.WILDCARD) // no body: a client need not name a content type
    @Operation(operationId = "completeInitiation", summary = "Initiation and alignment done / 完成立项与目标对齐",
            description = "Needs the minutes and every department's answer (422 work-items-open names who has not answered). "
                    + "The team and task breakdown is next (2 working days). No body.")
    @Transactional
    public ProjectView completeInitiation(@PathParam("number") String number) {
        return mapper.view(service.completeInitiation(number, actors.current()));
    }

    @POST
    @Path("team")
    @Operation(operationId = "formProjectTeam", summary = "Team structure / 项目组架构表",
            description = "Exactly one leader, the head of the initiating department (避免多头管理), and exactly one "
                    + "contact person (接口人) for each participating department.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TeamRequest.class),
            examples = @ExampleObject(name = "team", value = ApiExamples.TEAM)))
    @Transactional
    public ProjectView team(@PathParam("number") String number, @Valid @NotNull TeamRequest request) {
        return mapper.view(service.formTeam(number, request.leader().department(), request.leaderMember(),
                request.teamContacts(), actors.current()));
    }

    @POST
    @Path("team/completion")
    @Consumes(MediaType.WILDCARD) // no body: a client need not name a content type
    @Operation(operationId = "completeTeamAndTasks", summary = "Team and task breakdown done / 完成组队与任务分解",
            description = "Needs the team and at least one task. The progress node starts, led by the leader, due with "
                    + "the latest task deadline; the first weekly meeting is owed. No body.")
    @Transactional
    public ProjectView completeTeam(@PathParam("number") String number) {
        return mapper.view(service.completeTeam(number, actors.current()));
    }

    @POST
    @Path("acceptance/countersignature")
    @Operation(operationId = "countersignAcceptance", summary = "Supervising department countersigns / 监督部门会签验收",
            description = "By the supervising department (运营管理部), once every task is accepted. The retrospective is next "
                    + "(3 working days).")
    @RequestBody(content = @Content(schema = @Schema(implementation = CountersignRequest.class),
            examples = @ExampleObject(name = "countersigned", value = ApiExamples.COUNTERSIGN)))
    @Transactional
    public ProjectView countersign(@PathParam("number") String number, @Valid CountersignRequest request) {
        return mapper.view(service.countersign(number, request == null ? null : request.comment(), actors.current()));
    }

    @POST
    @Path("ratings")
    @Operation(operationId = "rateCollaboration", summary = "Rate the collaboration (0-100) / 协作满意度评分",
            description = "Each participating department during the retrospective; credited to the initiating department.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RatingRequest.class),
            examples = @ExampleObject(name = "rating", value = ApiExamples.RATING)))
    @Transactional
    public ProjectView rate(@PathParam("number") String number, @Valid @NotNull RatingRequest request) {
        return mapper.view(service.rate(number, request.department(), request.score(), request.comment(),
                actors.current()));
    }

    @POST
    @Path("retrospective")
    @Operation(operationId = "submitRetrospective", summary = "Retrospective report / 项目复盘报告",
            description = "Only after acceptance, by the initiating department: what went well, process problems "
                    + "(对事不对人: naming a person of the project is refused). Needs every participating department's rating; "
                    + "the ratings are published with the completion for the department satisfaction metric.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RetrospectiveRequest.class),
            examples = @ExampleObject(name = "report", value = ApiExamples.RETROSPECTIVE)))
    @Transactional
    public ProjectView review(@PathParam("number") String number, @Valid @NotNull RetrospectiveRequest request) {
        return mapper.view(service.review(number, request.wentWell(), request.processProblems(), actors.current()));
    }
}
