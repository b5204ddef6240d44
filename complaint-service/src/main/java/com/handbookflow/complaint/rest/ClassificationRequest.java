package com.handbookflow.complaint.rest;

import com.handbookflow.complaint.domain.Grade;
import com.handbookflow.complaint.domain.ProblemType;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "ClassificationRequest", description = "Classification and grading result / 投诉分类与分级结果. The grade "
        + "follows from the grading criteria (分级标准, GET /api/v1/complaints/enumerations gradingCriteria): any criterion "
        + "met makes it MAJOR, none GENERAL")
public record ClassificationRequest(
        @NotNull @Schema(description = "Confirmed problem type / 确认的问题类型", example = "LOGISTICS_DELAY") ProblemType problemType,
        @Size(max = 200) @Schema(description = "Required when OTHER / 其他问题类型说明") String problemTypeOther,
        @Size(max = 20) @Schema(description = "The criteria that hold, ticked by the classifier / 满足的分级标准（勾选）. "
                + "A criterion decided by the amount (amountAbove) is not ticked; a repeat complaint (repeatWithin) is "
                + "also found from earlier complaints of the same contact", example = "[\"REPUTATIONAL_RISK\"]")
        List<@NotBlank @Size(max = 64) String> criteria,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(description = "Amount involved, CNY / 涉及金额（元）",
                example = "3999.00") BigDecimal amountInvolved,
        @Schema(description = "GENERAL 一般投诉 (one customer, quick fix) or MAJOR 重大投诉 (hurts experience or "
                + "reputation, needs several departments). Omitted: as the criteria give. Another grade than the "
                + "criteria's needs deviationReason (422 grade-deviation-unexplained). MAJOR escalates at once to the "
                + "department head and the leader in charge", example = "MAJOR") Grade grade,
        @Size(max = 1000) @Schema(description = "Notes on the grading / 分级说明",
                example = "大件商品延误超过 5 天，客户表示将向消费者协会投诉，影响品牌声誉。") String reason,
        @Size(max = 1000) @Schema(description = "Why the grade is not the one the criteria give / 与分级标准不符的理由",
                example = "客户为重点企业客户，虽未满足分级标准，按重大投诉处理。") String deviationReason) {
}
