package com.handbookflow.notification.calendar;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * A year of the working-day calendar as the State Council publishes it: the public holidays and the
 * make-up working days (调休上班), each named in Chinese and English as in {@code calendar/2026.json}.
 */
@Schema(name = "CalendarYearRequest", description = "A year's holidays and make-up working days / 一年的法定节假日与调休上班日")
public record CalendarYearRequest(
        @Size(max = 500)
        @Schema(description = "Where the schedule comes from / 数据来源", example = "国务院办公厅关于2027年部分节假日安排的通知")
        String source,
        @Size(max = 400)
        @Schema(description = "Public holidays / 法定节假日")
        List<Day> holidays,
        @Size(max = 100)
        @Schema(description = "Saturdays and Sundays that are working days / 调休上班日（周六或周日）")
        List<Day> makeUpWorkingDays) {

    @Schema(name = "CalendarYearDay")
    public record Day(
            @Schema(example = "2027-01-01") LocalDate date,
            @Size(max = 64) @Schema(example = "元旦") String nameZh,
            @Size(max = 128) @Schema(example = "New Year's Day") String nameEn) {
    }
}
