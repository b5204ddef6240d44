package com.handbookflow.launch.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The leader in charge signs the approved plan and sets development's limit by complexity. */
@Schema(name = "SignOffRequest")
public record SignOffRequest(
        @Size(max = 16) @Schema(description = "开发测试时限，按复杂度；默认 P15WD，更长须说明理由", example = "P20WD") String developmentLimit,
        @Size(max = 1000) @Schema(description = "时限长于默认值的理由", example = "涉及支付渠道对接，复杂度高。") String limitReason,
        @Size(max = 2000) @Schema(description = "签字意见", example = "同意上线，控制预算。") String comment) {

}
