package com.handbookflow.launch.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What product changed after a review asked for changes. */
@Schema(name = "PlanRevisionRequest")
public record PlanRevisionRequest(
        @NotBlank @Size(max = 4000) @Schema(description = "修改说明", example = "预算从 50 万元压缩至 30 万元，首期仅上线兑换。") String summary) {

}
