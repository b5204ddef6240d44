package com.handbookflow.launch.rest;

import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "LaunchSummary", description = "A launch in a list / 新业务列表项")
public record LaunchSummary(
        @Schema(example = "SX2026-0001") String number,
        @Schema(example = "会员积分商城") String businessName,
        @Schema(example = "marketing") String originatingDepartment,
        @Schema(example = "陈静") String originatorName,
        @Schema(example = "2026-09-07") LocalDate appliedOn,
        LabeledValue status,
        @Schema(example = "PLAN_REVIEW") String currentNode,
        @Schema(example = "2026-09-17T10:00:00Z") Instant currentDueAt,
        @Schema(example = "false") boolean overdue) {
}
