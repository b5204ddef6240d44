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
import com.handbookflow.project.service.MeetingService;

import java.util.List;

/** The weekly progress meetings (周例会) and their 《项目周报》. */
@Path("/api/v1/projects/{number}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project meetings / 项目例会")
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
public class MeetingResource {

    private final MeetingService service;
    private final ActorProvider actors;
    private final ProjectMapper mapper;

    MeetingResource(MeetingService service, ActorProvider actors, ProjectMapper mapper) {
        this.service = service;
        this.actors = actors;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listProjectMeetings", summary = "Weekly meetings and reports / 周例会与周报",
            description = "Every weekly meeting of the project, oldest first: when it was due and held, each department's report,"
                    + " the decisions and the 《项目周报》 once submitted.\n\n项目的全部周例会（按时间先后）及其周报。")
    @APIResponse(responseCode = "200", description = "Every meeting, in order",
            content = @Content(schema = @Schema(implementation = MeetingView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "meetings", value = "[" + ApiExamples.MEETING_VIEW + "]")))
    @Transactional
    public List<MeetingView> list(@PathParam("number") @Parameter(example = "PRJ2026001") String number) {
        return service.list(number).stream().map(mapper::meeting).toList();
    }

    @POST
    @Operation(operationId = "holdProjectMeeting", summary = "Record a weekly meeting / 记录周例会",
            description = "By the leader (the progress node's person) or the initiating department: every department "
                    + "of the project reports progress, problems and resources needed. Meets the meeting owed, opens the "
                    + "next one (fixed weekday and time) and owes 《项目周报》 within 24 hours.")
    @RequestBody(content = @Content(schema = @Schema(implementation = MeetingRequest.class),
            examples = @ExampleObject(name = "meeting", value = ApiExamples.MEETING)))
    @APIResponse(responseCode = "200", description = "The meeting as recorded",
            content = @Content(schema = @Schema(implementation = MeetingView.class),
                    examples = @ExampleObject(name = "meeting", value = ApiExamples.MEETING_VIEW)))
    @Transactional
    public MeetingView hold(@PathParam("number") String number, @Valid @NotNull MeetingRequest request) {
        return mapper.meeting(service.hold(number, request.heldAt(), request.departmentReports(), request.decisions(),
                actors.current()));
    }

    @POST
    @Path("{seq}/weekly-report")
    @Operation(operationId = "submitWeeklyReport", summary = "Weekly report / 项目周报",
            description = "Of meeting seq, by the leader or the initiating department; on time within 24 hours after the meeting.")
    @RequestBody(content = @Content(schema = @Schema(implementation = WeeklyReportRequest.class),
            examples = @ExampleObject(name = "report", value = ApiExamples.WEEKLY_REPORT)))
    @APIResponse(responseCode = "200", description = "The meeting with its report",
            content = @Content(schema = @Schema(implementation = MeetingView.class),
                    examples = @ExampleObject(name = "meeting", value = ApiExamples.MEETING_VIEW)))
    @Transactional
    public MeetingView report(@PathParam("number") String number, @PathParam("seq") int seq,
                              @Valid @NotNull WeeklyReportRequest request) {
        return mapper.meeting(service.report(number, seq, request.summary(), actors.current()));
    }
}
