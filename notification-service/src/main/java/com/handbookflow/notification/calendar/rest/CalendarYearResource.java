package com.handbookflow.notification.calendar.rest;

import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.ProblemExamples;
import com.handbookflow.notification.calendar.CalendarPublications;
import com.handbookflow.notification.calendar.CalendarYearRules;
import com.handbookflow.notification.calendar.CalendarYearRequest;
import com.handbookflow.notification.security.NotificationAccess;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Next year's calendar without a release: each November the State Council publishes the schedule, an
 * administrator loads it here, and every service counts its holidays from then on.
 */
@Path("/api/v1/calendar/years")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar years / 日历年度数据", description = "Publish a year's holidays and make-up working days to every service"
        + " / 发布年度法定节假日与调休上班日，全部服务随之使用")
public class CalendarYearResource {

    static final String REQUEST_EXAMPLE = """
            {"source": "国务院办公厅关于2027年部分节假日安排的通知",
             "holidays": [
               {"date": "2027-01-01", "nameZh": "元旦", "nameEn": "New Year's Day"},
               {"date": "2027-02-06", "nameZh": "春节", "nameEn": "Spring Festival"},
               {"date": "2027-02-07", "nameZh": "春节", "nameEn": "Spring Festival"}],
             "makeUpWorkingDays": [
               {"date": "2027-02-20", "nameZh": "春节调休上班", "nameEn": "Spring Festival make-up working day"}]}""";

    static final String PUBLICATION_EXAMPLE = """
            {"year": 2027, "version": "CN-2027.1", "revision": 1, "source": "国务院办公厅关于2027年部分节假日安排的通知",
             "holidays": [
               {"date": "2027-01-01", "nameZh": "元旦", "nameEn": "New Year's Day"},
               {"date": "2027-02-06", "nameZh": "春节", "nameEn": "Spring Festival"},
               {"date": "2027-02-07", "nameZh": "春节", "nameEn": "Spring Festival"}],
             "makeUpWorkingDays": [
               {"date": "2027-02-20", "nameZh": "春节调休上班", "nameEn": "Spring Festival make-up working day"}],
             "publishedBy": "admin", "publishedAt": "2026-11-27T02:00:00Z",
             "eventId": "5b1d0c2e-8f3a-4e6b-9d7c-1a2b3c4d5e6f"}""";

    static final String REFUSED_EXAMPLE = """
            {"type": "https://handbookflow.com/problems/calendar-year-refused", "title": "Calendar year refused",
             "status": 422, "detail": "The 2027 schedule has 2 error(s) (2026-12-31, 2027-02-06); nothing was published.",
             "titleZh": "日历年度数据被拒绝", "detailZh": "2027 年的日历数据有 2 处错误 (2026-12-31, 2027-02-06)，未发布。",
             "errors": [
               {"field": "holidays[0].date", "message": "2026-12-31 is not in 2027"},
               {"field": "makeUpWorkingDays[0].date",
                "message": "2027-02-06 is both a holiday and a make-up working day (holidays[1])"}]}""";

    static final String BAD_YEAR_EXAMPLE = """
            {"type": "https://handbookflow.com/problems/invalid-input", "title": "Invalid input", "status": 400,
             "detail": "year: '20x7' is not a year between 2000 and 2100", "titleZh": "输入无效",
             "detailZh": "year：'20x7' 不是 2000 至 2100 之间的年份",
             "errors": [{"field": "year", "message": "'20x7' is not a year between 2000 and 2100"}]}""";

    static final String FORBIDDEN_EXAMPLE = """
            {"type": "https://handbookflow.com/problems/access-denied", "title": "Access denied", "status": 403,
             "detail": "Only ADMIN may publish a calendar year.", "titleZh": "无权操作",
             "detailZh": "仅系统管理员可以执行此操作：publish a calendar year。", "allowedRoles": ["ADMIN"]}""";

    private final CalendarPublications publications;
    private final NotificationAccess access;

    CalendarYearResource(CalendarPublications publications, NotificationAccess access) {
        this.publications = publications;
        this.access = access;
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishCalendarYear",
            summary = "Publish a year's holidays and make-up working days / 发布年度节假日与调休安排",
            description = "Stores the schedule as a new calendar version (`CN-<year>.<n>`; a correction of a year gets the"
                    + " next n) and publishes it on `notification.events` (`com.handbookflow.notification.calendar-year-published`)."
                    + " Every service loads it: deadlines computed from then on count its holidays and carry the new version;"
                    + " deadlines computed before keep theirs until a service recomputes them"
                    + " (`POST /api/v1/calendar/recomputations` on that service). Dates must lie in `year`, none may be both"
                    + " a holiday and a make-up working day, make-up working days are Saturdays or Sundays. ADMIN only.\n\n"
                    + "将年度安排保存为新的日历版本（`CN-<年>.<序号>`，更正同一年时序号递增），并通过 `notification.events` 发布；"
                    + "各服务加载后，新计算的时限计入该年节假日并带新版本号；已有时限保持原版本，直至该服务重新计算。"
                    + "日期须在该年内，同一天不能既是节假日又是调休上班日，调休上班日须为周六或周日。仅限管理员。")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarYearRequest.class),
            examples = @ExampleObject(name = "2027", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Published as a new version / 已发布为新版本",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CalendarPublications.Publication.class),
                    examples = @ExampleObject(name = "2027", value = PUBLICATION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Not a year, or an unreadable body / 年份或请求体无效",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-year", value = BAD_YEAR_EXAMPLE)))
    @APIResponse(responseCode = "401", description = ProblemExamples.UNAUTHENTICATED_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-token", value = ProblemExamples.UNAUTHENTICATED)))
    @APIResponse(responseCode = "403", description = ProblemExamples.ADMIN_ONLY_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-admin", value = FORBIDDEN_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Dates outside the year, listed twice, both kinds, or a make-up"
            + " weekday; every bad date named / 日期不在该年、重复、既是节假日又是调休日或调休日不在周末，逐一列出",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-dates", value = REFUSED_EXAMPLE)))
    public Response publish(
            @Parameter(description = "The year / 年份", example = "2027") @PathParam("year") String year,
            @Valid CalendarYearRequest request) {
        access.requireAdministrator("publish a calendar year");
        return Response.status(Response.Status.CREATED)
                .entity(publications.publish(CalendarYearRules.year(year), request, access.userId())).build();
    }

    @GET
    @Operation(operationId = "listCalendarYears", summary = "Published calendar versions / 已发布的日历版本",
            description = "Every version published here, newest first; the shipped years (calendar/2026.json) are not"
                    + " listed. Everyone signed in.\n\n此处发布的全部日历版本（最新在前）；随程序发布的年份不在其列。")
    @APIResponse(responseCode = "200", description = "The versions / 日历版本",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CalendarPublications.Publication.class),
                    examples = @ExampleObject(name = "2027", value = "[" + PUBLICATION_EXAMPLE + "]")))
    @APIResponse(responseCode = "401", description = ProblemExamples.UNAUTHENTICATED_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-token", value = ProblemExamples.UNAUTHENTICATED)))
    public List<CalendarPublications.Publication> list() {
        return publications.all();
    }
}
