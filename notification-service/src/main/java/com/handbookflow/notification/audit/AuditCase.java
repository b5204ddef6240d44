package com.handbookflow.notification.audit;

import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "AuditCase", description = "A sampled case and the auditor's finding / 抽查案例及结论")
public record AuditCase(
        @Schema(example = "2026-03") String month,
        UUID instanceId,
        @Schema(example = "complaint") String processType,
        @Schema(example = "TS20260302-0001") String businessNumber,
        @Schema(description = "Department of the closing node / 结案节点所属部门", example = "customer-service") String department,
        Instant closedAt,
        @Schema(description = "null until audited; COMPLIANT 合规 or VIOLATION 违规") LabeledValue verdict,
        @Schema(description = "Violation category / 违规类别") LabeledValue category,
        @Schema(example = "处理方案缺少客户签字") String note,
        @Schema(example = "u6001") String auditor,
        Instant auditedAt,
        @Schema(description = "The department the finding counts against (named by the auditor, by default the closing node's) / 违规归属部门",
                example = "product") String causingDepartment) {
}
