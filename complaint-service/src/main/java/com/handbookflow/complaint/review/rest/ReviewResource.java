package com.handbookflow.complaint.review.rest;

import com.handbookflow.complaint.review.MonthlyReview;
import com.handbookflow.complaint.review.ReviewObligations;
import com.handbookflow.complaint.review.ReviewService;
import com.handbookflow.complaint.security.ComplaintAccess;
import com.handbookflow.core.engine.ActorProvider;
import com.handbookflow.core.problem.InvalidInputException;
import com.handbookflow.core.time.DateBounds;
import com.handbookflow.core.problem.Problem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

@Path("/api/v1/complaints/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaint review / 投诉复盘", description = "The monthly review of complaints, due by the 5th of the next month")
public class ReviewResource {

    private final ReviewService reviews;
    private final ReviewObligations obligations;
    private final ComplaintAccess access;
    private final ActorProvider actors;

    ReviewResource(ReviewService reviews, ReviewObligations obligations, ComplaintAccess access, ActorProvider actors) {
        this.reviews = reviews;
        this.obligations = obligations;
        this.access = access;
        this.actors = actors;
    }

    /** The review meeting's conclusion, recorded when the review was held. */
    @Schema(name = "ReviewHeldRequest", description = "月度复盘结论")
    public record ReviewHeldRequest(
            @NotBlank @Size(max = 4000) @Schema(example = "物流延误占 67%，其中 2/3 为迅达快递；已约定大件时效并加入赔付条款。")
            String conclusion) {
    }

    @POST
    @Path("{month}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordMonthlyReviewHeld", summary = "Record the monthly review as held / 记录月度复盘已完成", description = "Meets the month's review "
            + "obligation (owed from the 1st of the next month, due by the 5th), published as an obligation event.")
    @APIResponse(responseCode = "204", description = "Recorded / 已记录")
    @APIResponse(responseCode = "409", description = "The month is not over, or its review was already recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void held(@PathParam("month") @Parameter(description = "yyyy-MM", example = "2026-09") String month,
                     @Valid @NotNull ReviewHeldRequest request) {
        access.requireMayReadReviews();
        obligations.recordHeld(parse(month), request.conclusion(), actors.current());
    }

    @GET
    @Path("{month}")
    @Operation(operationId = "getMonthlyReview", summary = "Monthly review / 月度复盘", description = "Counts by type, grade, channel and department of the "
            + "complaints received in the month; on-time rate per node; satisfaction score; root causes of the complaints "
            + "closed in the month in Pareto order, per problem type, and recurring; improvement measures and their state.")
    @APIResponse(responseCode = "200", description = "The review", content = @Content(
            schema = @Schema(implementation = MonthlyReview.class),
            examples = @ExampleObject(name = "September", value = """
                    {"month": "2026-09", "periodStart": "2026-08-31T16:00:00Z", "periodEnd": "2026-09-30T16:00:00Z",
                     "dueBy": "2026-10-08T10:00:00Z", "complete": true, "received": 3, "closed": 3,
                     "byProblemType": [{"value": {"code": "LOGISTICS_DELAY", "zh": "物流延迟", "en": "Logistics delay"}, "count": 3, "share": 100.0}],
                     "onTimeByNode": [{"nodeKey": "PLAN", "nameZh": "制定处理方案", "nameEn": "Handling plan", "completed": 3, "onTime": 3, "rate": 100.0}],
                     "satisfaction": {"responses": 3, "score": 86.7},
                     "rootCauses": [{"category": {"code": "COURIER", "zh": "快递/承运商", "en": "Courier / carrier"}, "count": 3, "share": 100.0, "cumulativeShare": 100.0,
                       "subCauses": [{"detail": "迅达快递", "count": 2, "share": 66.7}]}]}""")))
    @APIResponse(responseCode = "400", description = "The month is not yyyy-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MonthlyReview review(@PathParam("month") @Parameter(description = "yyyy-MM", example = "2026-09") String month) {
        access.requireMayReadReviews();
        return reviews.review(parse(month));
    }

    private static YearMonth parse(String month) {
        return DateBounds.month("month", month);
    }
}
