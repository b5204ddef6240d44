package com.handbookflow.notification.audit.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "SuggestionRequest", description = "A suggestion recorded at the quarterly process review / 登记流程优化建议")
public record SuggestionRequest(
        @NotBlank @Size(max = 64) @Schema(description = "launch, complaint or project", example = "complaint") String processType,
        @Size(max = 64) @Schema(description = "The node concerned; empty for the whole scenario / 涉及节点", example = "PLAN") String nodeKey,
        @NotBlank @Size(max = 2000) @Schema(example = "处理方案模板增加责任部门确认栏 / add the department's sign-off to the plan template") String suggestion,
        @NotBlank @Size(max = 64) @Schema(description = "Owner (one of handbook.departments) / 责任部门", example = "customer-service") String ownerDepartment,
        @Size(max = 128) @Schema(description = "Owner person, optional / 责任人", example = "u4001") String ownerPerson,
        @NotNull @Schema(description = "Due at the end of this working day / 完成期限", example = "2026-04-30") LocalDate dueDate) {
}
