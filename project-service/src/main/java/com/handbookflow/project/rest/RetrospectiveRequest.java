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

/** 《项目复盘报告》: what went well, and problems of the process (对事不对人). */
@Schema(name = "RetrospectiveRequest", description = "项目复盘报告")
public record RetrospectiveRequest(
        @NotEmpty @Size(max = 50) @Schema(example = "[\"周例会及时暴露了设计延期风险\"]") List<@NotBlank @Size(max = 2000) String> wentWell,
        @NotNull @Size(max = 50) @Schema(example = "[\"设计需求在立项时未明确物料数量，导致返工\"]") List<@NotBlank @Size(max = 2000) String> processProblems) {
}
