package com.handbookflow.notification.supervision.rest;

import com.handbookflow.core.security.AccessDeniedException;
import com.handbookflow.core.security.CurrentUser;
import com.handbookflow.core.security.Role;
import com.handbookflow.notification.security.NotificationAccess;
import com.handbookflow.notification.supervision.DepartmentRating;
import com.handbookflow.notification.supervision.DepartmentRatings;
import com.handbookflow.notification.supervision.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/supervision/department-ratings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision / 流程督办", description = "The handbook's measures against their targets")
public class DepartmentRatingResource {

    private static final String RATING_EXAMPLE = """
            {"id":"0b6f4f0e-8a53-4a4e-9b8e-3f7b0f1d2c11","raterDepartment":"technology","ratedDepartment":"product",
            "score":85,"processType":"launch","businessNumber":"XYW20260301-0001","comment":"需求变更沟通及时",
            "ratedBy":"u3001","ratedAt":"2026-03-20T08:00:00Z"}""";

    private final DepartmentRatings ratings;
    private final NotificationAccess access;
    private final CurrentUser user;

    DepartmentRatingResource(DepartmentRatings ratings, NotificationAccess access, CurrentUser user) {
        this.ratings = ratings;
        this.access = access;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rateDepartment", summary = "A department rates another after a collaboration; counted in department satisfaction (>= 90) / 部门协作满意度评价",
            description = "After a collaboration, a department rates the one it worked with (0-100); the ratings make up department satisfaction, whose target is 90.\n\n协作完成后，部门为协作部门打分（0-100），计入部门协作满意度（目标 90）。")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "technology rates product",
            value = """
                    {"ratedDepartment":"product","score":85,"processType":"launch","businessNumber":"XYW20260301-0001","comment":"需求变更沟通及时"}""")))
    @APIResponse(responseCode = "201", description = "Recorded and counted / 已记录并计入部门满意度",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rating", value = RATING_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Score outside 0-100, unknown scenario / 评分或场景无效")
    @APIResponse(responseCode = "403", description = "Not the head of the rating department, nor an oversight role / 非评价部门负责人")
    @APIResponse(responseCode = "409", description = "This department rated that one for this case before (already-rated) / 已评价")
    @APIResponse(responseCode = "422", description = "Unknown department (unknown-department) or a department rating itself (self-rating) / 未知部门或自评")
    public Response rate(@Valid @NotNull DepartmentRatingRequest request) {
        String rater = raterDepartment(request.raterDepartment());
        DepartmentRating rating = ratings.rate(rater, request.ratedDepartment(), request.score(), request.processType(),
                request.businessNumber(), request.comment(), user.id());
        return Response.status(201).entity(rating).build();
    }

    @GET
    @Operation(operationId = "listDepartmentRatings", summary = "Ratings a department received in a period / 部门收到的协作评价",
            description = "The ratings a department received in a period, with who rated and why.\n\n部门在某期间收到的协作评价。")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "product in March", value = "[" + RATING_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "Unreadable period / 周期无效")
    public List<DepartmentRating> list(
            @QueryParam("department") @Parameter(description = "The rated department / 被评价部门", example = "product") String department,
            @QueryParam("period") @Parameter(description = "Month 2026-03 or quarter 2026-Q1", example = "2026-03") String period,
            @QueryParam("from") @Parameter(example = "2026-03-01") LocalDate from,
            @QueryParam("to") @Parameter(example = "2026-03-31") LocalDate to) {
        access.requireSupervision("read supervision metrics");
        return ratings.of(department, Period.parse(period, from, to));
    }

    /** A department's rating is given by its head; oversight roles may record it on a named department's behalf. */
    private String raterDepartment(String named) {
        if (user.hasAny(Role.SUPERVISOR, Role.LEADER, Role.ADMIN) && named != null) {
            return named;
        }
        if (!user.has(Role.DEPT_HEAD) || user.department() == null) {
            throw AccessDeniedException.roles("rate another department", Role.DEPT_HEAD, Role.SUPERVISOR, Role.ADMIN);
        }
        if (named != null && !user.isIn(named)) {
            throw AccessDeniedException.department("rate on behalf of department " + named, named);
        }
        return user.department();
    }
}
