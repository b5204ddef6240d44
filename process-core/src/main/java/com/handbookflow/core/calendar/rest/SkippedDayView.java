package com.handbookflow.core.calendar.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.handbookflow.core.calendar.CalendarDay;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SkippedDay", description = "A date passed over while counting working days / 计算工作日时跳过的日期")
public record SkippedDayView(
        @Schema(example = "2026-10-01") LocalDate date,
        @Schema(enumeration = {"WEEKEND", "HOLIDAY"}, example = "HOLIDAY") String reason,
        @Schema(example = "节假日") String reasonZh,
        @Schema(description = "Holiday name, for holidays / 节假日名称", example = "国庆节") String nameZh,
        @Schema(example = "National Day") String nameEn) {

    static SkippedDayView of(CalendarDay day) {
        return new SkippedDayView(day.date(), day.kind().name(), day.kind().zh(), day.nameZh(), day.nameEn());
    }
}
