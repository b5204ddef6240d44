package com.handbookflow.notification.supervision.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DepartmentRatingRequest", description = "A department rates another after a collaboration / 部门协作满意度评价")
public record DepartmentRatingRequest(
        @NotBlank @Size(max = 64) @Schema(description = "The department rated (one of handbook.departments) / 被评价部门", example = "product") String ratedDepartment,
        @NotNull @Min(0) @Max(100) @Schema(description = "0-100 / 评分", example = "85") Integer score,
        @NotBlank @Size(max = 64) @Schema(description = "The scenario of the collaboration: launch, complaint or project / 协作所属场景", example = "launch") String processType,
        @Size(max = 64) @Schema(description = "The case collaborated on; one rating per case / 协作案例编号", example = "XYW20260301-0001") String businessNumber,
        @Size(max = 2000) @Schema(example = "需求变更沟通及时 / changes were told in time") String comment,
        @Size(max = 64) @Schema(description = "Only for oversight roles rating on a department's behalf; otherwise the token's department / 评价部门（默认为本人部门）", example = "technology") String raterDepartment) {
}
