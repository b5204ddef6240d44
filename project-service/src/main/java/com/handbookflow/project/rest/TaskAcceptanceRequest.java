package com.handbookflow.project.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.handbookflow.project.domain.AcceptanceVerdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A row of 《项目成果验收表》: the task's result against its deliverable standard. */
@Schema(name = "TaskAcceptanceRequest", description = "任务验收")
public record TaskAcceptanceRequest(
        @NotNull @Schema(description = "ACCEPTED 验收通过, REJECTED 验收不通过", example = "ACCEPTED") com.handbookflow.project.domain.AcceptanceResult result,
        @Size(max = 2000) @Schema(description = "Required when rejected / 不通过时必填", example = "海报符合品牌规范。") String reason,
        @Schema(description = "When rejected: a new deadline for the rework / 返工截止时间", example = "2026-09-24") LocalDate newDeadline) {

    public AcceptanceVerdict toVerdict() {
        return new AcceptanceVerdict(result, reason, newDeadline);
    }
}
