package com.handbookflow.notification.audit;

import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Violation", description = "An entry of the violation register / 违规登记")
public record ViolationView(
        UUID id,
        UUID instanceId,
        @Schema(example = "complaint") String processType,
        @Schema(example = "TS20260302-0001") String businessNumber,
        @Schema(example = "PLAN") String nodeKey,
        @Schema(example = "product") String department,
        @Schema(description = "MISSING_OUTPUTS 缺少输出成果, STEP_SKIPPED 跳过流程步骤, ...") LabeledValue category,
        @Schema(description = "AUTOMATIC 自动检查 or AUDIT 抽查发现") LabeledValue source,
        @Schema(example = "required outputs [handling-plan]") String note,
        Instant occurredAt,
        @Schema(example = "2026-Q1") String quarter,
        @Schema(description = "OPEN 待整改 or RESOLVED 已整改") LabeledValue status,
        Instant resolvedAt) {

    public static ViolationView of(Violation v) {
        return new ViolationView(v.id(), v.instanceId(), v.processType(), v.businessNumber(), v.nodeKey(),
                v.department(), LabeledValue.of(v.category()), LabeledValue.of(v.source()), v.note(), v.occurredAt(),
                v.quarter(), LabeledValue.of(v.status()), v.resolvedAt());
    }
}
