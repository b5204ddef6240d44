package com.handbookflow.launch.rest;

import com.handbookflow.launch.domain.Measurement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 《新业务上线效果评估报告》: quantified metrics against table 1's goal. */
@Schema(name = "EvaluationRequest")
public record EvaluationRequest(
        @NotEmpty @Schema(description = "量化指标：DAU、留存、用户数、转化率…；申请表的目标指标必须在内") List<Measurement> metrics,
        @Size(max = 4000) @Schema(description = "用户反馈", example = "兑换品类偏少。") String feedback,
        @NotBlank @Size(max = 4000) @Schema(description = "评估结论", example = "3 个月用户数达成目标，留存略低于预期。") String conclusion) {

}
