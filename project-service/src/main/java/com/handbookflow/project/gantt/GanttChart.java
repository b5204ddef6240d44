package com.handbookflow.project.gantt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.handbookflow.core.calendar.DayView;
import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's Gantt chart as data: its tasks on the working-day calendar, where each stands today,
 * how late it is, and whom its delay pushes. The SVG is drawn from exactly this.
 */
@Schema(name = "GanttChart", description = "A project's tasks on the working-day calendar / 项目甘特图（基于工作日历）")
public record GanttChart(
        @Schema(example = "PRJ2026001") String projectNumber,
        @Schema(example = "市场活动推广") String projectName,
        @Schema(description = "The moment the chart shows (the today line) / 今日线所在时刻", example = "2026-10-09T02:00:00Z")
        Instant now,
        @Schema(description = "Today in the calendar's zone / 今天（日历时区）", example = "2026-10-09") LocalDate today,
        @Schema(example = "Asia/Shanghai") String zone,
        @Schema(example = "CN-2026.1") String calendarVersion,
        @Schema(description = "First date of the time axis / 时间轴起始日", example = "2026-09-20") LocalDate from,
        @Schema(description = "Last date of the time axis, included / 时间轴结束日（含）", example = "2026-10-17") LocalDate to,
        @Schema(description = "Every date of the axis with its kind / 时间轴上每天的类型") List<DayView> days,
        List<Task> tasks,
        @Schema(description = "Finish-to-start links / 任务依赖（完成-开始）") List<Dependency> dependencies,
        @Schema(description = "Tasks late by now and the tasks their delay pushes / 已延误任务及其连带影响") List<Delay> delays,
        @Schema(description = "Years on the axis without holiday data / 缺少节假日数据的年份提示") List<String> warnings) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "GanttTask", description = "One task of table 5 on the chart / 甘特图中的一项任务")
    public record Task(
            @Schema(example = "T2") String key,
            @Schema(example = "宣传物料设计") String name,
            LabeledValue department,
            @Schema(example = "李四") String person,
            @Schema(description = "PENDING 待执行, IN_PROGRESS 进行中, DONE 已完成, DELAYED 延期") LabeledValue status,
            @Schema(description = "Planned start / 计划开始", example = "2026-09-28") LocalDate start,
            @Schema(description = "Deadline, due at the end of that working day / 截止日期", example = "2026-09-30") LocalDate deadline,
            @Schema(description = "Actual completion / 实际完成时间") Instant completedAt,
            @Schema(description = "Actual completion date / 实际完成日期") LocalDate completedOn,
            @Schema(description = "Keys of the tasks that must be done first / 前置任务") List<String> predecessors,
            @Schema(description = "Reported progress, 100 when done, 0 when pending; absent when unknown / 进度百分比",
                    example = "60") Integer progressPercent,
            @Schema(description = "Working days from start to deadline / 计划工作日数", example = "3") int plannedWorkingDays,
            @Schema(description = "Where the task starts now: pushed by late predecessors, else as planned / 预计开始",
                    example = "2026-09-28") LocalDate projectedStart,
            @Schema(description = "Where it finishes now: actual when done, never before the first working day still ahead"
                    + " when open / 预计完成（已完成为实际完成）", example = "2026-10-09") LocalDate projectedFinish,
            @Schema(description = "Past its deadline and not done / 已超期未完成", example = "true") boolean overdue,
            @Schema(description = "Working days the (projected) finish lies after the deadline; holidays and weekends"
                    + " do not count / 完成日晚于截止日期的工作日数", example = "2") int workingDaysLate,
            @Schema(description = "How late predecessors push this task; absent when they do not / 前置任务延误的连带影响")
            KnockOn knockOn) {
    }

    @Schema(name = "GanttKnockOn", description = "A pending task pushed by its late predecessors / 受前置任务延误顺延")
    public record KnockOn(
            @Schema(description = "The predecessors that push it / 造成顺延的前置任务", example = "[\"T2\"]") List<String> pushedBy,
            @Schema(description = "Working days its start moves / 开始日顺延的工作日数", example = "2") int workingDaysPushed) {
    }

    @Schema(name = "GanttDependency", description = "Finish-to-start: the successor starts after the predecessor is done"
            + " / 完成-开始依赖")
    public record Dependency(
            @Schema(example = "T2") String predecessor,
            @Schema(example = "T3") String successor,
            @Schema(description = "The predecessor's finish pushes the successor's start / 前置任务推迟了后续任务", example = "true")
            boolean knockOn) {
    }

    @Schema(name = "GanttDelay", description = "A task late by now: overdue, or done after its deadline / 已发生的延误")
    public record Delay(
            @Schema(example = "T2") String task,
            @Schema(example = "宣传物料设计") String name,
            @Schema(example = "2") int workingDaysLate,
            @Schema(description = "Still not done / 仍未完成", example = "true") boolean overdue,
            @Schema(description = "Tasks it pushes, directly or down the chain / 受其连带顺延的任务", example = "[\"T3\"]")
            List<String> knockOnTasks) {
    }
}
