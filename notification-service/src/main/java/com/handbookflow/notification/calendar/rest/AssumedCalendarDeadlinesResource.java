package com.handbookflow.notification.calendar.rest;

import com.handbookflow.core.paging.rest.PageParams;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.ProblemExamples;
import com.handbookflow.notification.calendar.AssumedCalendarDeadlines;
import com.handbookflow.notification.calendar.DeadlineCoverage;
import com.handbookflow.notification.deadline.ReminderPolicies;
import com.handbookflow.notification.deadline.rest.DeadlineView;
import com.handbookflow.notification.security.NotificationAccess;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;

@Path("/api/v1/supervision/assumed-calendar-deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision / 流程督办", description = "The handbook's measures against their targets")
public class AssumedCalendarDeadlinesResource {

    static final String EXAMPLE = """
            {"items":[{"id":"6f1c2d1e-6a4b-4c1e-9a55-8f1d0e2b7c33","kind":"NODE","processType":"complaint",
            "instanceId":"8d3c9a61-1b7e-4f1a-a2f3-1c9d2e4b5a66","businessNumber":"TS20261230-0001","itemKey":"PLAN",
            "nameZh":"制定处理方案","nameEn":"Handling plan","responsibleDepartment":"product","responsiblePerson":"u1001",
            "startedAt":"2026-12-30T01:00:00Z","dueAt":"2027-01-04T10:00:00Z","limit":"P3WD","calendarVersion":"CN-2026.1",
            "calendarCoverage":"ASSUMED_WEEKDAYS","overdue":false,"escalatedTo":null,
            "nextActionAt":"2026-12-31T10:00:00Z"}],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    static final String FORBIDDEN_EXAMPLE = """
            {"type": "https://handbookflow.com/problems/access-denied", "title": "Access denied", "status": 403,
             "detail": "Only SUPERVISOR, LEADER, ADMIN may read deadlines on an assumed calendar.", "titleZh": "无权操作",
             "detailZh": "仅督办人员、分管领导、系统管理员可以执行此操作：read deadlines on an assumed calendar。",
             "allowedRoles": ["SUPERVISOR", "LEADER", "ADMIN"]}""";

    private final AssumedCalendarDeadlines assumed;
    private final DeadlineCoverage coverage;
    private final ReminderPolicies policies;
    private final NotificationAccess access;
    private final Clock clock;

    AssumedCalendarDeadlinesResource(AssumedCalendarDeadlines assumed, DeadlineCoverage coverage,
                                     ReminderPolicies policies, NotificationAccess access, Clock clock) {
        this.assumed = assumed;
        this.coverage = coverage;
        this.policies = policies;
        this.access = access;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "listAssumedCalendarDeadlines",
            summary = "Open deadlines computed without their year's calendar / 未按该年日历计算的未完成时限",
            description = "Open working-day deadlines that run into a year whose holidays were not loaded when they were"
                    + " computed (`calendarCoverage: ASSUMED_WEEKDAYS`): only weekends were skipped there. Load the year"
                    + " (`PUT /api/v1/calendar/years/{year}`) and have the scenario services recompute"
                    + " (`POST /api/v1/calendar/recomputations`). Soonest due first. SUPERVISOR, LEADER, ADMIN.\n\n"
                    + "列出跨入未加载日历年份的未完成工作日时限（该年仅按周末推定）。加载该年日历并由各场景服务重新计算后即从此列表消失。")
    @APIResponse(responseCode = "200", description = "The deadlines / 时限列表",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "into-2027", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = ProblemExamples.INVALID_INPUT_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ProblemExamples.UNAUTHENTICATED_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-token", value = ProblemExamples.UNAUTHENTICATED)))
    @APIResponse(responseCode = "403", description = "Not a supervisor, leader or administrator / 无督办权限",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-supervision", value = FORBIDDEN_EXAMPLE)))
    public PageView<DeadlineView> list(
            @QueryParam("scenario") @Parameter(description = "launch, complaint or project / 场景", example = "complaint") String scenario,
            @BeanParam PageParams paging) {
        access.requireSupervision("read deadlines on an assumed calendar");
        Instant now = clock.instant();
        return assumed.open(scenario, paging.validated())
                .map(o -> DeadlineView.of(o, policies.reached(o), now, coverage.of(o)));
    }
}
