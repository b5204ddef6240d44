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

/** How a risk was resolved. */
@Schema(name = "RiskResolutionRequest", description = "风险解决")
public record RiskResolutionRequest(@NotBlank @Size(max = 2000) @Schema(example = "已增派设计师，物料按期交付。") String resolution) {
}
