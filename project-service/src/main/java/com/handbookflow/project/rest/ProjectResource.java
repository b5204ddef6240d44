package com.handbookflow.project.rest;

import com.handbookflow.core.engine.ActorProvider;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.paging.rest.PageParams;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.ProblemExamples;
import com.handbookflow.core.rest.QueryParams;
import com.handbookflow.project.domain.ProjectStatus;
import com.handbookflow.project.service.ProjectProcess;
import com.handbookflow.project.service.ProjectQueries;
import com.handbookflow.project.service.ProjectService;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cross-department projects (scenario 3): initiation and the project list. Thin: reads the request,
 * names the actor, hands over to {@link ProjectService}.
 */
@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects / 跨部门协作项目", description = "Cross-department projects (跨部门协作项目推进流程): initiation and "
        + "goal alignment, team and task breakdown, progress sync and risk warning, acceptance and retrospective.")
public class ProjectResource {

    private final ProjectService service;
    private final ProjectQueries queries;
    private final ActorProvider actors;
    private final ProcessDefinitions definitions;
    private final ProjectMapper mapper;

    ProjectResource(ProjectService service, ProjectQueries queries, ActorProvider actors,
                    ProcessDefinitions definitions, ProjectMapper mapper) {
        this.service = service;
        this.queries = queries;
        this.actors = actors;
        this.definitions = definitions;
        this.mapper = mapper;
    }

    @POST
    @Operation(operationId = "initiateProject", summary = "File a project / 项目立项",
            description = "《项目立项申请表》: background, a quantified goal (refused without a number), scope, milestones. "
                    + "The project gets its number (PRJ + year + sequence, e.g. PRJ2026001); each participating "
                    + "department owes its consent to take part; the initiation node has 3 working days.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = InitiationRequest.class),
            examples = @ExampleObject(name = "市场活动推广", value = ApiExamples.INITIATE)))
    @APIResponse(responseCode = "201", description = "Filed; Location names the project",
            content = @Content(schema = @Schema(implementation = ProjectView.class),
                    examples = @ExampleObject(name = "filed", value = ApiExamples.VIEW)))
    @APIResponse(responseCode = "400", description = ProblemExamples.INVALID_INPUT_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
    @APIResponse(responseCode = "422", description = ProblemExamples.AGAINST_A_RULE_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "goal not quantified", value = """
                            {"type": "https://handbookflow.com/problems/goal-not-quantified", "title": "Goal not quantified",
                             "status": 422, "detail": "The project goal must be quantified, e.g. 'Q3 sales +20%'; '提升销量' holds no number.",
                             "titleZh": "目标未量化", "detailZh": "项目目标须量化（如“Q3销售额提升20%”），“提升销量”中没有可衡量的数值。"}""")))
    @Transactional // the view reads the project's tasks, risks and meetings: mapped before the commit detaches them
    public Response initiate(@Valid @NotNull InitiationRequest request, @Context UriInfo uri) {
        ProjectView view = mapper.view(service.initiate(request.name(), request.initiatingDepartment(),
                request.participatingDepartments(), request.application().toApplication(), actors.current()));
        return Response.created(uri.getAbsolutePathBuilder().path(view.number()).build()).entity(view).build();
    }

    @GET
    @Operation(operationId = "listProjects", summary = "List projects / 项目列表",
            description = "The projects the caller's department takes part in (all for the supervising department and "
                    + "oversight roles), newest first; filters combine; at most 100 a page.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = PageView.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "A filter or the paging is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
    public PageView<ProjectSummary> list(
            @QueryParam("status") @Parameter(description = "ACTIVE 进行中, COMPLETED 已结项", example = "ACTIVE") String status,
            @QueryParam("node") @Parameter(description = "Active node: INITIATION, TEAM, PROGRESS, ACCEPTANCE, RETROSPECTIVE",
                    example = "PROGRESS") String node,
            @QueryParam("department") @Parameter(description = "A department taking part", example = "design") String department,
            @QueryParam("overdue") @Parameter(description = "true: active and past the active node's due instant",
                    schema = @Schema(type = SchemaType.BOOLEAN)) Boolean overdue,
            @BeanParam PageParams paging) {
        return queries.list(new ProjectQueries.ProjectFilter(QueryParams.enumValue("status", ProjectStatus.class, status),
                QueryParams.node(definitions.get(ProjectProcess.TYPE), node), QueryParams.text(department), overdue),
                paging.validated())
                .map(mapper::summary);
    }
}
