package com.handbookflow.core.engine.rest;

import com.handbookflow.core.calendar.CalendarCoverage;
import com.handbookflow.core.engine.NodeOutput;
import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * One activation of a node in an instance's timeline, as every scenario's API shows it ({@link NodeViews}).
 * The schema's description is the one complaint-service published first, kept so its OpenAPI document
 * does not change.
 */
@Schema(name = "NodeView", description = "One step of the complaint's timeline / 流程节点")
public record NodeView(
        @Schema(example = "PLAN") String key,
        @Schema(example = "制定处理方案") String nameZh,
        @Schema(example = "Handling plan") String nameEn,
        @Schema(example = "1") int attempt,
        @Schema(description = "PENDING 待处理, ACTIVE 进行中, COMPLETED 已完成, RETURNED 已退回, SKIPPED 已跳过") LabeledValue state,
        @Schema(example = "logistics") String department,
        @Schema(example = "u2001") String person,
        @Schema(example = "2026-09-30T02:00:00Z") Instant startedAt,
        @Schema(example = "2026-10-10T10:00:00Z") Instant dueAt,
        @Schema(description = "The limit the due instant was computed from: PT10M, PT24H, P3WD ... / 时限", example = "P3WD") String limit,
        @Schema(description = "The calendar version the due instant was computed with / 计算截止时间所用的日历版本",
                example = "CN-2026.1") String calendarVersion,
        @Schema(description = "COVERED: the holidays of every year it spans were known; ASSUMED_WEEKDAYS: it runs into a"
                + " year whose calendar was not loaded, only weekends were skipped there (recompute after loading);"
                + " NOT_NEEDED: a wall-clock or calendar-day limit / 日历覆盖：COVERED 已覆盖；ASSUMED_WEEKDAYS 跨入未加载"
                + "日历的年份，仅按周末推定；NOT_NEEDED 不依赖工作日历", example = "COVERED") CalendarCoverage calendarCoverage,
        @Schema(example = "2026-10-09T03:00:00Z") Instant completedAt,
        @Schema(example = "true") Boolean onTime,
        @Schema(description = "Active and past its due instant now / 已超时", example = "false") boolean overdue,
        @Schema(example = "planned") String outcome,
        List<NodeOutput> outputs,
        @Schema(example = "张敏") String actor) {
}
