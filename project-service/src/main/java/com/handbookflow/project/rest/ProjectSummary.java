package com.handbookflow.project.rest;

import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ProjectSummary", description = "A project in a list / 项目列表项")
public record ProjectSummary(
        @Schema(example = "PRJ2026001") String number,
        @Schema(example = "市场活动推广") String name,
        LabeledValue status,
        @Schema(example = "PROGRESS") String currentNode,
        Instant currentDueAt,
        boolean overdue,
        @Schema(example = "marketing") String initiatingDepartment,
        @Schema(example = "[\"design\", \"technology\"]") List<String> participatingDepartments,
        Instant createdAt) {
}
