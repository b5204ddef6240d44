package com.handbookflow.launch.rest;

import com.handbookflow.core.calendar.CalendarCoverage;
import com.handbookflow.core.engine.NodeOutput;
import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * The kit's timeline step ({@link com.handbookflow.core.engine.rest.NodeView}, built by {@code NodeViews})
 * with the comment the launch shows on every step: the reviewers' reasons, the leader's comment, the
 * limit's reason. Kept as the launch's own schema so complaint-service's OpenAPI document stays as it is.
 * The calendar version and coverage are the kit's ({@code NodeViews} derives the coverage), as on a complaint.
 */
@Schema(name = "LaunchNodeView", description = "One step of the launch's timeline, every activation kept / 流程节点")
public record NodeView(
        @Schema(example = "PLAN_REVIEW") String key,
        @Schema(example = "方案评审与审批") String nameZh,
        @Schema(example = "Plan review and approval") String nameEn,
        @Schema(description = "2 for the second review round, ...", example = "1") int attempt,
        @Schema(description = "ACTIVE 进行中, COMPLETED 已完成, RETURNED 已退回, SKIPPED 已跳过") LabeledValue state,
        @Schema(example = "product") String department,
        @Schema(example = "u2001") String person,
        @Schema(example = "2026-09-14T01:00:00Z") Instant startedAt,
        @Schema(example = "2026-09-17T10:00:00Z") Instant dueAt,
        @Schema(description = "The limit the due instant was computed from / 时限", example = "P3WD") String limit,
        @Schema(description = "The calendar version the due instant was computed with / 计算截止时间所用的日历版本",
                example = "CN-2026.1") String calendarVersion,
        @Schema(description = "Whether the calendar knew the holidays of the days the deadline spans: COVERED;"
                + " ASSUMED_WEEKDAYS: it runs into a year whose calendar was not loaded, only weekends were skipped"
                + " there (recompute after loading); NOT_NEEDED: a wall-clock or calendar-day limit / 日历覆盖："
                + "COVERED 已覆盖；ASSUMED_WEEKDAYS 跨入未加载日历的年份，仅按周末推定；NOT_NEEDED 不依赖工作日历",
                example = "COVERED") CalendarCoverage calendarCoverage,
        @Schema(example = "2026-09-16T03:00:00Z") Instant completedAt,
        @Schema(example = "true") Boolean onTime,
        @Schema(description = "Active and past its due instant now / 已超时", example = "false") boolean overdue,
        @Schema(example = "approved") String outcome,
        List<NodeOutput> outputs,
        @Schema(example = "王磊") String actor,
        @Schema(description = "Why: the reviewers' reasons, the leader's comment, the limit's reason / 说明",
                example = "同意上线。") String comment) {

    /** The kit's view of a step with its comment. */
    public static NodeView of(com.handbookflow.core.engine.rest.NodeView step, String comment) {
        return new NodeView(step.key(), step.nameZh(), step.nameEn(), step.attempt(), step.state(), step.department(),
                step.person(), step.startedAt(), step.dueAt(), step.limit(), step.calendarVersion(),
                step.calendarCoverage(), step.completedAt(), step.onTime(),
                step.overdue(), step.outcome(), step.outputs(), step.actor(), comment);
    }
}
