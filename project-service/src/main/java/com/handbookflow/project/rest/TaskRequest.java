package com.handbookflow.project.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.handbookflow.project.domain.PlannedTask;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A row of table 5 《项目任务清单》; SMART: deliverable standard and deadline required, no vague wording. */
@Schema(name = "TaskRequest", description = "项目任务")
public record TaskRequest(
        @NotBlank @Size(max = 200) @Schema(example = "宣传物料设计") String name,
        @NotBlank @Size(max = 64) @Schema(example = "design") String department,
        @NotBlank @Size(max = 128) @Schema(example = "u2001") String personId,
        @Size(max = 128) @Schema(example = "王磊") String personName,
        @Size(max = 2000) @Schema(description = "交付标准 (required)", example = "海报3张、易拉宝1个，符合品牌规范并经市场部确认") String deliverableStandard,
        @NotNull @Schema(example = "2026-09-10") LocalDate startDate,
        @Schema(description = "截止时间 (required)", example = "2026-09-17") LocalDate deadline,
        @Size(max = 50) @Schema(description = "Finish-to-start predecessors (task keys) / 前置任务", example = "[\"T1\"]") List<@NotBlank @Size(max = 16) String> predecessors) {

    public PlannedTask toPlannedTask() {
        return new PlannedTask(name, department, personId, personName, deliverableStandard, startDate, deadline,
                predecessors);
    }
}
