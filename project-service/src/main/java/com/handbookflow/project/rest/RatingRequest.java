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

/** A participating department's rating (0-100) of the collaboration. */
@Schema(name = "RatingRequest", description = "协作满意度评分")
public record RatingRequest(
        @Size(max = 64) @Schema(description = "Defaults to the caller's department", example = "design") String department,
        @NotNull @Min(0) @Max(100) @Schema(example = "92") Integer score,
        @Size(max = 2000) @Schema(example = "需求清晰，沟通顺畅。") String comment) {
}
