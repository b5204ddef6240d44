package com.handbookflow.notification.supervision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "DepartmentRating", description = "A department's rating of another after a collaboration / 部门协作满意度评价")
public record DepartmentRating(
        UUID id,
        @Schema(example = "technology") String raterDepartment,
        @Schema(example = "product") String ratedDepartment,
        @Schema(description = "0-100; the target of department satisfaction is >= 90", example = "85") int score,
        @Schema(example = "launch") String processType,
        @Schema(example = "XYW20260301-0001") String businessNumber,
        @Schema(example = "需求变更沟通及时 / changes were told in time") String comment,
        @Schema(example = "u3001") String ratedBy,
        Instant ratedAt) {
}
