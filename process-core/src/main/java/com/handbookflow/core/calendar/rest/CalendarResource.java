package com.handbookflow.core.calendar.rest;

import com.handbookflow.core.calendar.DayView;
import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.problem.InvalidInputException;
import com.handbookflow.core.problem.Problem;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import static com.handbookflow.core.calendar.rest.CalendarApiExamples.*;

/**
 * The working-day calendar over REST, served by every service: what a deadline is and why, and
 * what each day of a range is. Read-only; the answers depend only on the calendar configuration.
 */
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar 工作日历", description = "Working days, holidays, make-up working days and deadlines"
        + " / 工作日、节假日、调休上班日与截止时间计算")
public class CalendarResource {

    /** The longest range /days lists: one year, leap day included. */
    static final int MAX_RANGE_DAYS = 366;

    // A '+' typed into a query string unencoded arrives as a blank: "09:00:00 08:00" meant "+08:00".
    private static final Pattern BLANK_BEFORE_OFFSET = Pattern.compile(" (\\d{2}:\\d{2})$");

    private final WorkingDayCalendar calendar;

    public CalendarResource(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @Path("/deadline")
    @Operation(operationId = "computeDeadline",
            summary = "Compute a deadline / 计算截止时间",
            description = "When a limit that starts at `start` falls due, with the days counted and skipped."
                    + " `PT10M`, `PT24H`, `PT1H30M`: wall-clock time. `P2D`: calendar days, the same local time"
                    + " N days later. `P3WD`: working days, due at the end of the working day (18:00 Asia/Shanghai)"
                    + " of the N-th working day after the start's date; the start's date never counts, whatever"
                    + " the hour. Weekends and public holidays are skipped, make-up working days (调休上班) count."
                    + " Store `calendarVersion` with the deadline.\n\n"
                    + "计算从 `start` 起算、按 `limit` 时限的截止时间，并列出计入和跳过的日期。"
                    + "`PT10M`、`PT24H`、`PT1H30M`：自然时间；`P2D`：自然日，N 天后的同一时刻；"
                    + "`P3WD`：工作日，截止于起算日之后第 N 个工作日的下班时间（默认 18:00，Asia/Shanghai），"
                    + "起算当天无论几点都不计入。跳过周末和法定节假日，调休上班日计为工作日。请将 `calendarVersion` 与截止时间一并保存。")
    @APIResponse(responseCode = "200", description = "The deadline and how it was reached / 截止时间及计算过程",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeadlineResponse.class),
                    examples = {
                            @ExampleObject(name = "working-days-over-national-day",
                                    summary = "P3WD from the eve of National Day: Oct 1-7 skipped, Oct 10 (Sat) is a make-up working day"
                                            + " / 国庆前一天起算 3 个工作日：跳过 10 月 1-7 日，10 月 10 日（周六）调休上班",
                                    value = DEADLINE_NATIONAL_DAY),
                            @ExampleObject(name = "wall-clock",
                                    summary = "PT24H: wall-clock hours, holidays do not matter / 24 小时自然时间，不看节假日",
                                    value = DEADLINE_WALL_CLOCK),
                            @ExampleObject(name = "beyond-calendar-data",
                                    summary = "P5WD into 2027, which has no calendar data yet: a warning / 跨入尚无日历数据的 2027 年：带警告",
                                    value = DEADLINE_BEYOND_DATA)}))
    @APIResponse(responseCode = "400", description = "Missing or invalid start or limit / 起算时间或时限缺失、无效",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "unknown-limit", summary = "limit=P3X", value = PROBLEM_UNKNOWN_LIMIT),
                            @ExampleObject(name = "missing-start", summary = "no start / 缺少 start", value = PROBLEM_MISSING_START)}))
    public DeadlineResponse deadline(
            @Parameter(description = "When the limit starts: an ISO-8601 instant or offset date-time"
                    + " (encode '+' as %2B) / 起算时间：ISO-8601 时刻或带时区偏移的日期时间",
                    required = true, examples = {
                            @ExampleObject(name = "utc", value = "2026-09-30T01:00:00Z"),
                            @ExampleObject(name = "shanghai", value = "2026-09-30T09:00:00+08:00")})
            @QueryParam("start") String start,
            @Parameter(description = "The limit spec / 时限：PT10M、PT24H、PT1H30M（自然时间），P2D（自然日），P3WD（工作日）",
                    required = true, examples = {
                            @ExampleObject(name = "working-days", value = "P3WD"),
                            @ExampleObject(name = "hours", value = "PT24H"),
                            @ExampleObject(name = "minutes", value = "PT10M"),
                            @ExampleObject(name = "calendar-days", value = "P2D")})
            @QueryParam("limit") String limit) {
        Instant from = parseStart(start);
        LimitSpec spec = LimitSpec.parse(limit);
        return DeadlineResponse.of(from, calendar.deadline(from, spec), calendar);
    }

    @GET
    @Path("/days")
    @Operation(operationId = "listCalendarDays",
            summary = "List the kind of each day / 列出每天的类型",
            description = "Each date from `from` to `to` (both included, at most 366 days): WORKING, WEEKEND, HOLIDAY"
                    + " or MAKE_UP_WORKING_DAY, with the holiday's name.\n\n"
                    + "列出 `from` 至 `to`（含两端，最多 366 天）每天的类型：工作日、周末、节假日或调休上班日，并给出节假日名称。")
    @APIResponse(responseCode = "200", description = "The days / 每天的类型",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CalendarDaysResponse.class),
                    examples = @ExampleObject(name = "end-of-national-day", summary = "2026-10-07 .. 2026-10-10",
                            value = DAYS_END_OF_NATIONAL_DAY)))
    @APIResponse(responseCode = "400", description = "Missing or invalid dates, or a range over 366 days / 日期缺失、无效或超过 366 天",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "range-too-long", summary = "from=2026-01-01&to=2027-12-31",
                            value = PROBLEM_RANGE_TOO_LONG)))
    public CalendarDaysResponse days(
            @Parameter(description = "First date (ISO) / 开始日期", required = true,
                    examples = @ExampleObject(name = "from", value = "2026-10-07"))
            @QueryParam("from") String from,
            @Parameter(description = "Last date, included (ISO) / 结束日期（含）", required = true,
                    examples = @ExampleObject(name = "to", value = "2026-10-10"))
            @QueryParam("to") String to) {
        LocalDate first = parseDate("from", from);
        LocalDate last = parseDate("to", to);
        if (last.isBefore(first)) {
            throw InvalidInputException.of(CalendarResource.class, "to", "invalid-input.range-reversed", last, first);
        }
        long length = ChronoUnit.DAYS.between(first, last) + 1;
        if (length > MAX_RANGE_DAYS) {
            throw InvalidInputException.of(CalendarResource.class, "to", "invalid-input.range-too-long", length,
                    MAX_RANGE_DAYS);
        }
        return new CalendarDaysResponse(first, last, calendar.version(), calendar.zone().getId(),
                calendar.days(first, last).stream().map(DayView::of).toList(),
                calendar.coverageWarnings(first, last));
    }

    static Instant parseStart(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(CalendarResource.class, "start", "invalid-input.start-required");
        }
        String value = BLANK_BEFORE_OFFSET.matcher(text.strip()).replaceFirst("+$1");
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(CalendarResource.class, "start", "invalid-input.start-unreadable", shown(text));
        }
    }

    static LocalDate parseDate(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(CalendarResource.class, field, "invalid-input.date-required");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(CalendarResource.class, field, "invalid-input.not-an-iso-date", shown(text));
        }
    }

    private static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
