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

/** The supervising department's countersignature of the acceptance record. */
@Schema(name = "CountersignRequest", description = "监督部门会签")
public record CountersignRequest(@Size(max = 2000) @Schema(example = "验收记录完整，同意结项验收。") String comment) {
}
