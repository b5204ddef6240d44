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

/** A department's answer to taking part in the project (确认参与意愿). */
@Schema(name = "ConsentRequest", description = "部门确认参与意愿")
public record ConsentRequest(
        @Size(max = 64) @Schema(description = "Defaults to the caller's department", example = "design") String department,
        @NotNull @Schema(example = "true") Boolean agreed,
        @Size(max = 1000) @Schema(example = "设计部确认参与，由王磊担任接口人。") String comment) {
}
