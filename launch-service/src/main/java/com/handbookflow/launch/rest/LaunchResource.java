package com.handbookflow.launch.rest;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.ActorProvider;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.paging.rest.PageParams;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.ProblemExamples;
import com.handbookflow.core.rest.QueryParams;
import com.handbookflow.launch.domain.LaunchStatus;
import com.handbookflow.launch.service.LaunchFilter;
import com.handbookflow.launch.service.LaunchProcess;
import com.handbookflow.launch.service.LaunchQueries;
import com.handbookflow.launch.service.LaunchService;
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

import java.time.Instant;

/**
 * New business launches (scenario 1): the application (table 1) and the list. Thin: reads the
 * request, names the actor, hands over to {@link LaunchService}.
 */
@Path("/api/v1/launches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Launches / 新业务上线", description = "New business launch (新业务上线流程): requirement application, "
        + "feasibility analysis, plan review and approval, development and testing, launch preparation and release, "
        + "effect evaluation and archive. The caller is named by the bearer token (sub, name, dept, groups).")
@APIResponse(responseCode = "401", description = ProblemExamples.UNAUTHENTICATED_RESPONSE,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "no token", value = ProblemExamples.UNAUTHENTICATED)))
public class LaunchResource {

    private final LaunchService service;
    private final LaunchQueries queries;
    private final ActorProvider actors;
    private final WorkingDayCalendar calendar;
    private final ProcessDefinitions definitions;
    private final LaunchMapper mapper;

    LaunchResource(LaunchService service, LaunchQueries queries, ActorProvider actors, WorkingDayCalendar calendar,
                   ProcessDefinitions definitions, LaunchMapper mapper) {
        this.service = service;
        this.queries = queries;
        this.actors = actors;
        this.calendar = calendar;
        this.definitions = definitions;
        this.mapper = mapper;
    }

    @POST
    @Operation(operationId = "applyForLaunch", summary = "Raise a new business / 提出新业务需求",
            description = "Files table 1 《新业务需求申请表》 and gives the launch its number (SX + year + sequence of "
                    + "the year). The goal must be quantified and there are 1 to 3 core functions (MVP); a fourth is "
                    + "refused with the reason (422). The originating department (marketing or product) then has 3 "
                    + "working days to complete and submit the application.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApplicationRequest.class),
            examples = @ExampleObject(name = "points mall", value = ApiExamples.APPLICATION)))
    @APIResponse(responseCode = "201", description = "Filed; Location names the launch",
            content = @Content(schema = @Schema(implementation = LaunchView.class),
                    examples = @ExampleObject(name = "filed", value = ApiExamples.VIEW)))
    @APIResponse(responseCode = "400", description = ProblemExamples.INVALID_INPUT_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "Not a member of the originating department",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
    @APIResponse(responseCode = "422", description = "Against table 1's rules: goal without a number, 0 or more than "
            + "3 core functions", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "four functions",
            value = """
                    {"type": "https://handbookflow.com/problems/application-incomplete",
                     "title": "Requirement application refused", "titleZh": "新业务需求申请表不符合要求", "status": 422,
                     "errors": [{"field": "coreFunctions", "message": "4 core functions requested; at most 3: build a minimum viable product first, not everything at once (MVP，避免\\"大而全\\")"}]}""")))
    @Transactional
    public Response apply(@Valid @NotNull ApplicationRequest request, @Context UriInfo uri) {
        LaunchView view = mapper.view(service.apply(request.originatingDepartment(), request.toApplication(),
                actors.current()));
        return Response.created(uri.getAbsolutePathBuilder().path(view.number()).build()).entity(view).build();
    }

    @GET
    @Operation(operationId = "listLaunches", summary = "List launches / 新业务列表",
            description = "Newest first, paged. A department outside the process sees only its own launches.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = PageView.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.LIST)))
    @APIResponse(responseCode = "400", description = "A filter does not parse; the problem names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
    public PageView<LaunchSummary> list(
            @QueryParam("status") @Parameter(description = "IN_PROGRESS 进行中, REJECTED 已否决, ARCHIVED 已归档",
                    example = "IN_PROGRESS") String status,
            @QueryParam("node") @Parameter(description = "Active node: REQUIREMENT, FEASIBILITY, PLAN_REVIEW, "
                    + "PLAN_REVISION, DEVELOPMENT, RELEASE, EVALUATION", example = "PLAN_REVIEW") String node,
            @QueryParam("department") @Parameter(description = "Originating department", example = "marketing")
            String department,
            @QueryParam("overdue") @Parameter(description = "true: in progress and past the active node's due instant",
                    schema = @Schema(type = SchemaType.BOOLEAN)) Boolean overdue,
            @QueryParam("appliedFrom") @Parameter(description = "Applied on or after this date (Asia/Shanghai)",
                    example = "2026-09-01") String appliedFrom,
            @QueryParam("appliedTo") @Parameter(description = "Applied on or before this date (Asia/Shanghai)",
                    example = "2026-09-30") String appliedTo,
            @BeanParam PageParams paging) {
        Instant from = QueryParams.startOfDay("appliedFrom", appliedFrom, calendar.zone());
        Instant to = QueryParams.endOfDay("appliedTo", appliedTo, calendar.zone());
        LaunchFilter filter = new LaunchFilter(QueryParams.enumValue("status", LaunchStatus.class, status),
                QueryParams.node(definitions.get(LaunchProcess.TYPE), node), QueryParams.text(department), overdue,
                from, to);
        return queries.list(filter, paging.validated()).map(mapper::summary);
    }
}
