package com.handbookflow.complaint.rest;

import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ComplaintSummary", description = "A complaint in a list / 投诉列表项")
public record ComplaintSummary(
        UUID id,
        @Schema(example = "TS20260930-0001") String number,
        @Schema(description = "OPEN 处理中, CLOSED 已结案") LabeledValue status,
        @Schema(example = "PLAN") String currentNode,
        @Schema(example = "2026-10-10T10:00:00Z") Instant currentDueAt,
        @Schema(example = "false") boolean overdue,
        @Schema(example = "2026-09-30T01:00:00Z") Instant receivedAt,
        @Schema(example = "王芳") String complainant,
        LabeledValue channel,
        LabeledValue problemType,
        LabeledValue urgency,
        LabeledValue grade,
        @Schema(example = "logistics") String department,
        LabeledValue satisfaction) {
}
