package com.handbookflow.project.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 《项目目标对齐会议纪要》: the meeting, the departments present, what was agreed. */
@Schema(name = "AlignmentMinutesRequest", description = "项目目标对齐会议纪要")
public record AlignmentRequest(
        @NotNull @Schema(example = "2026-09-08") LocalDate meetingDate,
        @NotEmpty @Size(max = 20) @Schema(example = "[\"marketing\", \"design\", \"technology\"]") List<@NotBlank @Size(max = 64) String> departmentsPresent,
        @NotBlank @Size(max = 4000) @Schema(example = "各部门确认目标：Q3 新品销售额提升20%，9月30日活动上线。") String summary) {
}
