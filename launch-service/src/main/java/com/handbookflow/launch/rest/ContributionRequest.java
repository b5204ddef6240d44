package com.handbookflow.launch.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cooperating department's part of the feasibility analysis. */
@Schema(name = "ContributionRequest")
public record ContributionRequest(
        @Size(max = 64) @Schema(description = "Only an administrator names it; otherwise the caller's department", example = "technology") String department,
        @NotBlank @Size(max = 4000) @Schema(description = "分析意见", example = "现有订单与库存系统可复用，需新增积分扣减接口，约 3 人 3 周。") String summary) {

}
