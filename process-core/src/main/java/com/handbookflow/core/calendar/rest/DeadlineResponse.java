package com.handbookflow.core.calendar.rest;

import com.handbookflow.core.calendar.CalendarCoverage;
import com.handbookflow.core.calendar.DayView;
import com.handbookflow.core.calendar.DeadlineComputation;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

@Schema(name = "Deadline", description = "A computed deadline and how it was reached / 截止时间及其计算过程")
public record DeadlineResponse(
        @Schema(description = "The start as an instant / 起算时间（UTC）", example = "2026-09-30T01:00:00Z")
        Instant start,
        @Schema(description = "The start in the calendar zone / 起算时间（日历时区）", example = "2026-09-30T09:00:00+08:00")
        OffsetDateTime startLocal,
        @Schema(description = "Canonical limit spec / 规范化的时限", example = "P3WD")
        String limit,
        @Schema(description = "When the limit falls due / 截止时刻（UTC）", example = "2026-10-10T10:00:00Z")
        Instant dueAt,
        @Schema(description = "The due time in the calendar zone / 截止时间（日历时区）", example = "2026-10-10T18:00:00+08:00")
        OffsetDateTime dueAtLocal,
        @Schema(description = "Calendar data used; store it with the deadline / 所用日历版本", example = "CN-2026.1")
        String calendarVersion,
        @Schema(description = "COVERED: the holidays of every year spanned are known; ASSUMED_WEEKDAYS: it runs into a year"
                + " whose calendar is not loaded yet, only weekends were skipped there; NOT_NEEDED: a wall-clock or"
                + " calendar-day limit / 日历覆盖情况：COVERED 已覆盖；ASSUMED_WEEKDAYS 跨入未加载日历的年份，仅按周末推定；"
                + "NOT_NEEDED 不依赖工作日历", example = "COVERED")
        CalendarCoverage calendarCoverage,
        @Schema(example = "Asia/Shanghai")
        String zone,
        @Schema(description = "Working days counted (0 for PT.. and P..D) / 计入的工作日数", example = "3")
        int workingDaysCounted,
        @Schema(description = "The counted working days / 计入的工作日")
        List<LocalDate> workingDays,
        @Schema(description = "Weekends and holidays passed over / 跳过的周末和节假日")
        List<SkippedDayView> skippedDays,
        @Schema(description = "Counted weekend dates that are make-up working days (调休上班) / 计入的调休上班日")
        List<DayView> makeUpWorkingDays,
        @Schema(description = "English / Chinese, e.g. a year without calendar data / 警告（英文 / 中文）")
        List<String> warnings) {

    static DeadlineResponse of(Instant start, DeadlineComputation computation, WorkingDayCalendar calendar) {
        ZoneId zone = calendar.zone();
        return new DeadlineResponse(start, local(start, zone), computation.limit(),
                computation.dueAt(), local(computation.dueAt(), zone), computation.calendarVersion(),
                calendar.coverage(start, computation), zone.getId(),
                computation.workingDaysCounted(), computation.workingDays(),
                computation.skippedDays().stream().map(SkippedDayView::of).toList(),
                computation.makeUpWorkingDays().stream().map(DayView::of).toList(),
                computation.warnings());
    }

    private static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
