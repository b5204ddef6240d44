package com.handbookflow.project.gantt.rest;

import com.handbookflow.core.problem.NotFoundException;
import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.ProblemExamples;
import com.handbookflow.core.security.CurrentUser;
import com.handbookflow.project.gantt.GanttChart;
import com.handbookflow.project.gantt.GanttChartService;
import com.handbookflow.project.gantt.GanttInput;
import com.handbookflow.project.gantt.GanttSource;
import com.handbookflow.project.gantt.svg.GanttSvgRenderer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * A project's Gantt chart, drawn from its live task state: JSON for front ends, SVG
 * ({@code Accept: image/svg+xml}) for people. Read-only.
 */
@Path("/api/v1/projects/{number}/gantt")
@Tag(name = "Projects / 跨部门协作项目")
public class GanttResource {

    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(GanttSvgRenderer.MEDIA_TYPE)).build();

    private final GanttSource source;
    private final CurrentUser user;
    private final GanttChartService charts;
    private final GanttSvgRenderer renderer;

    GanttResource(GanttSource source, CurrentUser user, GanttChartService charts, GanttSvgRenderer renderer) {
        this.source = source;
        this.user = user;
        this.charts = charts;
        this.renderer = renderer;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, GanttSvgRenderer.MEDIA_TYPE})
    @Operation(operationId = "getProjectGantt", summary = "The project's Gantt chart / 项目甘特图",
            description = "The project's tasks (table 5) on the working-day calendar as of now: planned start and deadline,"
                    + " actual completion, status, finish-to-start dependencies, progress, the today line, how many working"
                    + " days each task is late (weekends and holidays do not count, make-up working days do) and the"
                    + " knock-on of a delay: a pending task starts at the earliest on the working day after its"
                    + " predecessors finish, keeping its planned working days. `Accept: application/json` (default)"
                    + " gives the data, `Accept: image/svg+xml` the picture: non-working days shaded, make-up working"
                    + " days marked 班, status colours, delays marked, dependency arrows, today line and legend, labels"
                    + " in Chinese.\n\n"
                    + "按当前时刻在工作日历上展示项目任务（表5）：计划开始、截止日期、实际完成、状态、完成-开始依赖、进度、今日线、"
                    + "各任务延误的工作日数（不计周末和节假日，调休上班日计入）及其连带影响：待执行任务最早在前置任务完成后的下一个工作日开始，"
                    + "计划工作日数不变。`Accept: application/json`（默认）返回数据，`Accept: image/svg+xml` 返回图片。")
    @APIResponse(responseCode = "200", description = "The chart / 甘特图", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GanttChart.class),
                    examples = @ExampleObject(name = "national-day-delay",
                            summary = "市场活动推广: 宣传物料设计 late over National Day pushes 活动页面技术开发"
                                    + " / 宣传物料设计跨国庆延期，顺延活动页面技术开发",
                            value = GanttApiExamples.CHART)),
            @Content(mediaType = GanttSvgRenderer.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "svg", summary = "The picture, shortened / 图片（节选）",
                            value = GanttApiExamples.SVG))})
    @APIResponse(responseCode = "401", description = ProblemExamples.UNAUTHENTICATED_RESPONSE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unauthenticated", value = ProblemExamples.UNAUTHENTICATED)))
    @APIResponse(responseCode = "404", description = "No such project, or one the caller does not take part in"
            + " / 项目不存在或无权查看",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = GanttApiExamples.NOT_FOUND)))
    public Response gantt(@PathParam("number") @Parameter(description = "Project number / 项目编号",
                                  example = "PRJ2026001") String number,
                          @Context Request request) {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            throw new NotAcceptableException(Response.notAcceptable(VARIANTS).build());
        }
        GanttInput input = source.forProject(number, user).orElse(null);
        if (input == null) {
            throw new NotFoundException("Project", number);
        }
        GanttChart chart = charts.chartOf(input);
        Object entity = variant.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE) ? chart : renderer.render(chart);
        return Response.ok(entity, variant).build();
    }
}
