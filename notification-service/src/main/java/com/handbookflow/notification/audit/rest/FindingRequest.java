package com.handbookflow.notification.audit.rest;

import com.handbookflow.notification.audit.Verdict;
import com.handbookflow.notification.audit.ViolationCategory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FindingRequest", description = "An auditor's finding on a sampled case / 抽查结论")
public record FindingRequest(
        @NotNull @Schema(description = "COMPLIANT 合规 or VIOLATION 违规", example = "VIOLATION") Verdict verdict,
        @Schema(description = "Required sense for a violation; OTHER when empty / 违规类别", example = "DOCUMENT_MISMATCH") ViolationCategory category,
        @Size(max = 2000) @Schema(example = "处理方案与实际执行不一致 / plan differs from what was done") String note,
        @Schema(description = "The department that caused the finding (one of handbook.departments); by default the closing node's department / 造成问题的部门，默认为结案节点所属部门",
                example = "product") String department) {
}
