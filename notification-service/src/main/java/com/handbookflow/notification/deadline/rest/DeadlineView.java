package com.handbookflow.notification.deadline.rest;

import com.handbookflow.core.calendar.CalendarCoverage;
import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.notification.deadline.EscalationLevel;
import com.handbookflow.notification.deadline.Obligation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Deadline", description = "An open obligation and where its reminder chain stands / 待办时限")
public record DeadlineView(
        UUID id,
        @Schema(description = "NODE, WORK_ITEM, CUSTOMER_UPDATE, IMPROVEMENT_MEASURE, MONTHLY_REVIEW, PROJECT_TASK, PROJECT_RISK, PROCESS_SUGGESTION", example = "NODE") String kind,
        @Schema(example = "complaint") String processType,
        UUID instanceId,
        @Schema(example = "TS20260302-0001") String businessNumber,
        @Schema(example = "HANDLE") String itemKey,
        @Schema(example = "制定处理方案") String nameZh,
        @Schema(example = "Handling plan") String nameEn,
        @Schema(example = "product") String responsibleDepartment,
        @Schema(example = "u1001") String responsiblePerson,
        Instant startedAt,
        Instant dueAt,
        @Schema(example = "P3WD") String limit,
        @Schema(description = "The calendar version the due instant was computed with / 计算截止时间所用的日历版本",
                example = "CN-2026.1") String calendarVersion,
        @Schema(description = "COVERED, ASSUMED_WEEKDAYS (runs into a year whose calendar was not loaded: only weekends"
                + " were skipped there) or NOT_NEEDED (wall-clock limit) / 日历覆盖情况", example = "COVERED")
        CalendarCoverage calendarCoverage,
        @Schema(description = "Due instant has passed / 已超时") boolean overdue,
        @Schema(description = "Highest rung told so far / 已升级到的层级") LabeledValue escalatedTo,
        @Schema(description = "When the chain acts next / 下次提醒时间") Instant nextActionAt) {

    public static DeadlineView of(Obligation o, EscalationLevel reached, Instant now, CalendarCoverage coverage) {
        return new DeadlineView(o.id(), o.kind(), o.processType(), o.instanceId(), o.businessNumber(), o.itemKey(),
                o.nameZh(), o.nameEn(), o.responsibleDepartment(), o.responsiblePerson(), o.startedAt(), o.dueAt(),
                o.limitSpec(), o.calendarVersion(), coverage, o.isOverdue(now),
                LabeledValue.of(reached), o.nextActionAt());
    }
}
