package com.handbookflow.notification.deadline.rest;

import com.handbookflow.notification.security.NotificationAccess;
import com.handbookflow.core.paging.rest.PageParams;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.notification.calendar.DeadlineCoverage;
import com.handbookflow.notification.deadline.DeadlineQuery;
import com.handbookflow.notification.deadline.ReminderPolicies;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.OffsetDateTime;

@Path("/api/v1/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines / 待办时限", description = "Open obligations of every scenario, soonest due first: what is due")
public class DeadlineResource {

    private static final String EXAMPLE = """
            {"items":[{"id":"6f1c2d1e-6a4b-4c1e-9a55-8f1d0e2b7c33","kind":"NODE","processType":"complaint",
            "instanceId":"8d3c9a61-1b7e-4f1a-a2f3-1c9d2e4b5a66","businessNumber":"TS20260302-0001","itemKey":"HANDLE",
            "nameZh":"制定处理方案","nameEn":"Handling plan","responsibleDepartment":"product","responsiblePerson":"u1001",
            "startedAt":"2026-03-02T01:00:00Z","dueAt":"2026-03-05T10:00:00Z","limit":"P3WD","calendarVersion":"CN-2026.1",
            "calendarCoverage":"COVERED","overdue":true,
            "escalatedTo":{"code":"DEPARTMENT_HEAD","zh":"部门负责人","en":"Department head"},
            "nextActionAt":"2026-03-09T10:00:00Z"}],"page":0,"size":20,"totalItems":1,"totalPages":1}""";

    private final DeadlineQuery query;
    private final ReminderPolicies policies;
    private final Clock clock;

    private final NotificationAccess access;
    private final DeadlineCoverage coverage;

    DeadlineResource(DeadlineQuery query, ReminderPolicies policies, Clock clock, NotificationAccess access,
                     DeadlineCoverage coverage) {
        this.access = access;
        this.coverage = coverage;
        this.query = query;
        this.policies = policies;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "listDeadlines", summary = "Open deadlines, soonest first / 查询未完成的时限",
            description = "Open deadlines of every scenario, soonest first, filtered by scenario, department, person, overdue or due before an instant; each with its due instant, calendar version and calendar coverage.\n\n全部场景未完成的时限（最早到期在前），可按场景、部门、责任人、是否超时、截止时间筛选。")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "overdue handling plan", value = EXAMPLE)))
    public PageView<DeadlineView> list(
            @QueryParam("scenario") @Parameter(description = "launch, complaint or project / 场景", example = "complaint") String scenario,
            @QueryParam("department") @Parameter(description = "Responsible department / 责任部门", example = "product") String department,
            @QueryParam("person") @Parameter(description = "Responsible person / 责任人", example = "u1001") String person,
            @QueryParam("overdue") @Parameter(description = "true: only overdue; false: only not yet due / 是否超时") Boolean overdue,
            @QueryParam("dueBefore") @Parameter(description = "Due before this instant / 截止时间早于", example = "2026-03-06T00:00:00+08:00") OffsetDateTime dueBefore,
            @BeanParam PageParams paging) {
        var now = clock.instant();
        return query.open(new DeadlineQuery.Filter(scenario, access.departmentScope(department), person, overdue,
                        dueBefore == null ? null : dueBefore.toInstant()), paging.validated())
                .map(o -> DeadlineView.of(o, policies.reached(o), now, coverage.of(o)));
    }
}
