package com.handbookflow.complaint.rest;

import com.handbookflow.complaint.domain.Grade;
import com.handbookflow.complaint.domain.ProblemType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClassificationRequest", description = "Classification and grading result / 投诉分类与分级结果")
public record ClassificationRequest(
        @NotNull @Schema(description = "Confirmed problem type / 确认的问题类型", example = "LOGISTICS_DELAY") ProblemType problemType,
        @Size(max = 200) @Schema(description = "Required when OTHER / 其他问题类型说明") String problemTypeOther,
        @NotNull @Schema(description = "GENERAL 一般投诉 (one customer, quick fix) or MAJOR 重大投诉 (hurts experience or "
                + "reputation, needs several departments); MAJOR escalates at once to the department head and the leader in charge",
                example = "MAJOR") Grade grade,
        @NotBlank @Size(max = 1000) @Schema(description = "Why this grade / 分级理由",
                example = "大件商品延误超过 5 天，客户表示将向消费者协会投诉，影响品牌声誉。") String reason) {
}
