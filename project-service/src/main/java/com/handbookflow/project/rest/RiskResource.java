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
import com.handbookflow.project.service.RiskService;

import java.util.List;

/** Table 6 《风险预警及应对表》: a project's risks. */
@Path("/api/v1/projects/{number}/risks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project risks / 项目风险")
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
public class RiskResource {

    private final RiskService service;
    private final ActorProvider actors;
    private final ProjectMapper mapper;

    RiskResource(RiskService service, ActorProvider actors, ProjectMapper mapper) {
        this.service = service;
        this.actors = actors;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listProjectRisks", summary = "The risk register / 风险预警及应对表",
            description = "Every risk raised on the project, open and resolved, with its department, measures, the date it"
                    + " must be resolved by and whether it is overdue.\n\n项目的风险预警及应对表：全部风险及其应对措施、解决期限和是否逾期。")
    @APIResponse(responseCode = "200", description = "Every risk, in order",
            content = @Content(schema = @Schema(implementation = RiskView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "risks", value = "[" + ApiExamples.RISK_VIEW + "]")))
    @Transactional
    public List<RiskView> list(@PathParam("number") @Parameter(example = "PRJ2026001") String number) {
        return service.list(number).stream().map(mapper::risk).toList();
    }

    @POST
    @Operation(operationId = "raiseProjectRisk", summary = "Raise a risk / 风险预警",
            description = "By any department of the project. The resolution deadline is owed by the responsible "
                    + "department (reminded and escalated like a node); HIGH is escalated at once to the project leader "
                    + "and the supervising department.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RiskRequest.class),
            examples = @ExampleObject(name = "risk", value = ApiExamples.RISK)))
    @APIResponse(responseCode = "200", description = "The risk as registered",
            content = @Content(schema = @Schema(implementation = RiskView.class),
                    examples = @ExampleObject(name = "risk", value = ApiExamples.RISK_VIEW)))
    @Transactional
    public RiskView raise(@PathParam("number") String number, @Valid @NotNull RiskRequest request) {
        return mapper.risk(service.raise(number, request.toReport(), actors.current()));
    }

    @POST
    @Path("{seq}/resolution")
    @Operation(operationId = "resolveProjectRisk", summary = "Resolve a risk / 风险解决",
            description = "By the responsible department or the project's lead; meets the resolution obligation.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RiskResolutionRequest.class),
            examples = @ExampleObject(name = "resolved", value = ApiExamples.RISK_RESOLUTION)))
    @APIResponse(responseCode = "200", description = "The risk, resolved",
            content = @Content(schema = @Schema(implementation = RiskView.class),
                    examples = @ExampleObject(name = "risk", value = ApiExamples.RISK_VIEW)))
    @Transactional
    public RiskView resolve(@PathParam("number") String number, @PathParam("seq") int seq,
                            @Valid @NotNull RiskResolutionRequest request) {
        return mapper.risk(service.resolve(number, seq, request.resolution(), actors.current()));
    }
}
