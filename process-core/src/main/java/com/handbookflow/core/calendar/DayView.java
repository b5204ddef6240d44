package com.handbookflow.core.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CalendarDay", description = "One date of the working-day calendar / 工作日历中的一天")
public record DayView(
        @Schema(example = "2026-10-10") LocalDate date,
        @Schema(example = "SATURDAY") DayOfWeek dayOfWeek,
        @Schema(example = "MAKE_UP_WORKING_DAY") DayKind kind,
        @Schema(description = "The kind in Chinese / 类型（中文）", example = "调休上班日") String kindZh,
        @Schema(description = "Whether deadlines count this date / 是否计为工作日", example = "true") boolean working,
        @Schema(description = "Holiday or make-up day name / 节假日或调休名称", example = "国庆节调休上班") String nameZh,
        @Schema(example = "National Day make-up working day") String nameEn) {

    public static DayView of(CalendarDay day) {
        return new DayView(day.date(), day.date().getDayOfWeek(), day.kind(), day.kind().zh(), day.isWorking(),
                day.nameZh(), day.nameEn());
    }
}
