package com.handbookflow.notification.audit;

import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "ProcessSuggestion", description = "A suggestion of the quarterly process review, tracked until done / 流程优化建议")
public record ProcessSuggestion(
        UUID id,
        @Schema(example = "2026-Q1") String quarter,
        @Schema(example = "complaint") String processType,
        @Schema(description = "null: the scenario as a whole / 为空表示整个场景", example = "PLAN") String nodeKey,
        @Schema(example = "处理方案模板增加责任部门确认栏 / add the department's sign-off to the plan template") String suggestion,
        @Schema(example = "operations-management") String ownerDepartment,
        @Schema(example = "u6001") String ownerPerson,
        @Schema(description = "Due at the end of this working day / 到期日", example = "2026-04-30") LocalDate dueDate,
        @Schema(description = "OPEN 待落实 or DONE 已落实") LabeledValue status,
        @Schema(example = "u6001") String recordedBy,
        Instant recordedAt,
        Instant doneAt) {
}
