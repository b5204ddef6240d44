package com.handbookflow.core.calendar.rest;

import com.handbookflow.core.calendar.DayView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "CalendarDays", description = "Each date of a range with its kind / 日期范围内每天的类型")
public record CalendarDaysResponse(
        @Schema(example = "2026-09-30") LocalDate from,
        @Schema(example = "2026-10-10") LocalDate to,
        @Schema(example = "CN-2026.1") String calendarVersion,
        @Schema(example = "Asia/Shanghai") String zone,
        List<DayView> days,
        @Schema(description = "English / Chinese, e.g. a year without calendar data / 警告（英文 / 中文）")
        List<String> warnings) {
}
