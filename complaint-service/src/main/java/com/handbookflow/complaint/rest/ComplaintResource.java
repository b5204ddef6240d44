package com.handbookflow.complaint.rest;

import com.handbookflow.complaint.domain.ComplaintStatus;
import com.handbookflow.complaint.domain.Grade;
import com.handbookflow.complaint.domain.Urgency;
import com.handbookflow.complaint.service.ComplaintFilter;
import com.handbookflow.complaint.service.ComplaintQueries;
import com.handbookflow.complaint.service.ComplaintService;
import com.handbookflow.complaint.service.ComplaintSort;
import com.handbookflow.complaint.service.ComplaintProcess;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.rest.QueryParams;
import com.handbookflow.core.engine.ActorProvider;
import com.handbookflow.core.paging.rest.PageParams;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.ProblemExamples;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * Customer complaints (scenario 2): intake, then one sub-resource per business act. Thin: reads the
 * request, names the actor, hands over to {@link ComplaintService}.
 */
@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints / 客户投诉", description = "Customer complaint handling (客户投诉处理流程): intake and registration, "
        + "classification and grading, assignment, handling plan, execution, customer confirmation, progress updates, "
        + "closure. Every call carries the caller's bearer JWT (Authorization: Bearer ...; sub = user id, name, "
        + "department and roles claims), issued by the company's single sign-on; bin/dev-token makes one locally. "
        + "调用方以 Bearer JWT 表明身份（用户、部门、角色）。")
public class ComplaintResource {

    private final ComplaintService service;
    private final ComplaintQueries queries;
    private final ActorProvider actors;
    private final WorkingDayCalendar calendar;
    private final ProcessDefinitions definitions;
    private final ComplaintMapper mapper;

    ComplaintResource(ComplaintService service, ComplaintQueries queries, ActorProvider actors,
                      WorkingDayCalendar calendar, ProcessDefinitions definitions, ComplaintMapper mapper) {
        this.mapper = mapper;
        this.service = service;
        this.queries = queries;
        this.actors = actors;
        this.calendar = calendar;
        this.definitions = definitions;
    }

    @POST
    @Operation(operationId = "registerComplaint", summary = "Receive a complaint / 接收投诉", description = "Records table 3 and gives the complaint its "
            + "number (TS + date of receipt + sequence of the day). Its clocks start at receivedAt: first response "
            + "within 10 minutes (acknowledgement), registration complete within 24 hours.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RegisterComplaintRequest.class),
            examples = @ExampleObject(name = "hotline", value = ApiExamples.REGISTER)))
    @APIResponse(responseCode = "201", description = "Received; Location names the complaint",
            content = @Content(schema = @Schema(implementation = ComplaintView.class),
                    examples = @ExampleObject(name = "received", value = ApiExamples.VIEW)))
    @APIResponse(responseCode = "400", description = ProblemExamples.INVALID_INPUT_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
    @Transactional // the view reads the complaint's collections: mapped before the commit detaches it
    public Response receive(@Valid @NotNull RegisterComplaintRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        ComplaintView view = mapper.view(service.receive(request.receivedAtInstant(), request.form(), actors.current()));
        return Response.created(uri.getAbsolutePathBuilder().path(view.number()).build()).entity(view).build();
    }

    @GET
    @Operation(operationId = "listComplaints", summary = "List complaints / 投诉列表", description = "Filters combine; paging at most 100 a page. "
            + "sort: receivedAt (default, newest first), dueAt, number; '-' prefix or ',desc' for descending.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = PageView.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "A filter, the sort or the paging is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
    public PageView<ComplaintSummary> list(
            @QueryParam("status") @Parameter(description = "OPEN 处理中, CLOSED 已结案", example = "OPEN") String status,
            @QueryParam("node") @Parameter(description = "Active node: ACKNOWLEDGE, REGISTER, CLASSIFY, ASSIGN, PLAN, "
                    + "EXECUTE, CONFIRM, CLOSE", example = "PLAN") String node,
            @QueryParam("grade") @Parameter(description = "GENERAL 一般投诉, MAJOR 重大投诉", example = "MAJOR") String grade,
            @QueryParam("urgency") @Parameter(description = "GENERAL 一般, URGENT 紧急, EXTRA_URGENT 特急", example = "URGENT") String urgency,
            @QueryParam("department") @Parameter(description = "Responsible department", example = "logistics") String department,
            @QueryParam("overdue") @Parameter(description = "true: open and past the active node's due instant",
                    schema = @Schema(type = SchemaType.BOOLEAN)) Boolean overdue,
            @QueryParam("receivedFrom") @Parameter(description = "Received on or after this date (Asia/Shanghai)",
                    example = "2026-09-01") String receivedFrom,
            @QueryParam("receivedTo") @Parameter(description = "Received on or before this date (Asia/Shanghai)",
                    example = "2026-09-30") String receivedTo,
            @QueryParam("sort") @Parameter(description = "receivedAt | dueAt | number, '-' for descending",
                    example = "-receivedAt") String sort,
            @BeanParam PageParams paging) {
        Instant from = QueryParams.startOfDay("receivedFrom", receivedFrom, calendar.zone());
        Instant to = QueryParams.endOfDay("receivedTo", receivedTo, calendar.zone());
        ComplaintFilter filter = new ComplaintFilter(QueryParams.enumValue("status", ComplaintStatus.class, status),
                QueryParams.node(definitions.get(ComplaintProcess.TYPE), node),
                QueryParams.enumValue("grade", Grade.class, grade),
                QueryParams.enumValue("urgency", Urgency.class, urgency),
                QueryParams.text(department), overdue, from, to);
        return queries.list(filter, ComplaintSort.parse(sort), paging.validated()).map(mapper::summary);
    }
}
