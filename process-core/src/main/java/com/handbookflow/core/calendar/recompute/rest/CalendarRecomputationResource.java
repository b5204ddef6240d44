package com.handbookflow.core.calendar.recompute.rest;

import com.handbookflow.core.calendar.recompute.DeadlineRecomputations;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.ProblemExamples;
import com.handbookflow.core.security.CurrentUser;
import com.handbookflow.core.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Served by every service: an administrator recomputes this service's open deadlines after a calendar
 * year was loaded, and reads who did so when, and what changed.
 */
@Path("/api/v1/calendar/recomputations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar 工作日历", description = "Working days, holidays, make-up working days and deadlines"
        + " / 工作日、节假日、调休上班日与截止时间计算")
public class CalendarRecomputationResource {

    static final String RECOMPUTATION_EXAMPLE = """
            {"id": "0b9f3c1e-2f4a-4d5b-9c1e-7a2b3c4d5e6f", "requestedBy": "admin1",
             "requestedAt": "2026-11-27T02:00:00Z", "calendarVersion": "CN-2026.1+CN-2027.1",
             "reason": "2027 schedule published / 2027 年节假日安排已发布", "examined": 2, "changed": 1,
             "changes": [
               {"kind": "NODE", "businessNumber": "TS20261230-0001", "key": "HANDLE", "previousDueAt": "2027-01-04T10:00:00Z",
                "dueAt": "2027-01-05T10:00:00Z", "previousCalendarVersion": "CN-2026.1",
                "calendarVersion": "CN-2026.1+CN-2027.1"},
               {"kind": "CUSTOMER_UPDATE", "businessNumber": "TS20261228-0003", "key": "customer-update-1", "previousDueAt": "2026-12-29T10:00:00Z",
                "dueAt": "2026-12-29T10:00:00Z", "previousCalendarVersion": "CN-2026.1",
                "calendarVersion": "CN-2026.1+CN-2027.1"}]}""";

    static final String FORBIDDEN_EXAMPLE = """
            {"type": "https://handbookflow.com/problems/access-denied", "title": "Access denied", "status": 403,
             "detail": "Only ADMIN may recompute deadlines.", "titleZh": "无权操作",
             "detailZh": "仅系统管理员可以执行此操作：recompute deadlines。", "allowedRoles": ["ADMIN"]}""";

    private final DeadlineRecomputations recomputations;
    private final CurrentUser user;

    CalendarRecomputationResource(DeadlineRecomputations recomputations, CurrentUser user) {
        this.recomputations = recomputations;
        this.user = user;
    }

    @Schema(name = "RecomputationRequest", description = "Why the deadlines are recomputed / 重新计算的原因")
    public record RecomputationRequest(
            @Size(max = 500) @Schema(example = "2027 schedule published / 2027 年节假日安排已发布") String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recomputeDeadlines",
            summary = "Recompute open deadlines with the current calendar / 按当前日历重新计算未完成的时限",
            description = "Every open calendar-dependent deadline of this service computed with another calendar version"
                    + " is computed again, from the same start and limit (or cadence), with the calendar as it is now:"
                    + " active nodes, open work items and the service's own obligations (e.g. customer updates counted in"
                    + " working days, the monthly review, the weekly meeting); each is published again with its normal"
                    + " event, so reminders follow. Dated deadlines a person named and wall-clock or calendar-day limits"
                    + " do not depend on the calendar and keep their version. Recorded with who asked, when and what"
                    + " changed, each change with its kind. Loading a calendar year never moves a deadline by itself."
                    + " ADMIN only.\n\n"
                    + "将本服务所有按其他日历版本计算、依赖工作日历的未完成时限（进行中的节点、未完成的工作项以及本服务自身的义务，"
                    + "如按工作日计的客户进度告知、月度复盘、项目周例会）按当前日历重新计算，起算时间和时限不变；逐一发布常规事件，"
                    + "提醒随之调整。人为指定日期的时限及按自然时间计的时限不依赖日历，保持原版本。记录操作人、时间和变化。仅限管理员。")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecomputationRequest.class),
            examples = @ExampleObject(name = "after-2027-loaded", value = "{\"reason\": \"2027 schedule published\"}")))
    @APIResponse(responseCode = "201", description = "Recomputed and recorded / 已重新计算并记录",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeadlineRecomputations.Recomputation.class),
                    examples = @ExampleObject(name = "one-moved", value = RECOMPUTATION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = ProblemExamples.INVALID_INPUT_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ProblemExamples.UNAUTHENTICATED_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-token", value = ProblemExamples.UNAUTHENTICATED)))
    @APIResponse(responseCode = "403", description = ProblemExamples.ADMIN_ONLY_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-admin", value = FORBIDDEN_EXAMPLE)))
    public Response recompute(@Valid RecomputationRequest request) {
        user.requireAny("recompute deadlines", Role.ADMIN);
        DeadlineRecomputations.Recomputation done = recomputations.recompute(user.actor(),
                request == null ? null : request.reason());
        return Response.status(Response.Status.CREATED).entity(done).build();
    }

    @GET
    @Operation(operationId = "listDeadlineRecomputations",
            summary = "Recorded recomputations, newest first / 重新计算记录（最新在前）",
            description = "The last 100 recomputations of this service's deadlines: who, when, under which calendar"
                    + " version, how many were examined and moved. ADMIN only.\n\n最近 100 次时限重新计算的记录。仅限管理员。")
    @APIResponse(responseCode = "200", description = "The recomputations / 重新计算记录",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DeadlineRecomputations.Recomputation.class),
                    examples = @ExampleObject(name = "one", value = "[" + RECOMPUTATION_EXAMPLE + "]")))
    @APIResponse(responseCode = "401", description = ProblemExamples.UNAUTHENTICATED_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-token", value = ProblemExamples.UNAUTHENTICATED)))
    @APIResponse(responseCode = "403", description = ProblemExamples.ADMIN_ONLY_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-admin", value = FORBIDDEN_EXAMPLE)))
    public List<DeadlineRecomputations.Recomputation> list() {
        user.requireAny("read deadline recomputations", Role.ADMIN);
        return recomputations.recorded(100);
    }
}
