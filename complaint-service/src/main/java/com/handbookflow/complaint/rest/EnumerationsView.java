package com.handbookflow.complaint.rest;

import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "ComplaintEnumerations", description = "Every enumeration of the complaint API with its labels / 投诉相关枚举及中英文名称")
public record EnumerationsView(List<LabeledValue> channels, List<LabeledValue> problemTypes,
                               List<LabeledValue> demands, List<LabeledValue> urgencies, List<LabeledValue> grades,
                               List<LabeledValue> handlingActions, List<LabeledValue> satisfactions,
                               List<LabeledValue> statuses, List<LabeledValue> nodeStates,
                               List<LabeledValue> measureStates,
                               @Schema(description = "Configured root-cause categories / 根因类别（可配置）")
                               List<LabeledValue> rootCauseCategories,
                               @Schema(description = "Nodes of the process, in order / 流程节点") List<LabeledValue> nodes,
                               @Schema(description = "Configured grading criteria / 分级标准（可配置）: any met makes a "
                                       + "complaint MAJOR") List<GradingCriterion> gradingCriteria) {

    @Schema(name = "GradingCriterion", description = "A grading criterion / 分级标准: ticked at classification, or met "
            + "by the amount involved (amountAbove) or by an earlier complaint of the same contact (repeatWithin)")
    public record GradingCriterion(@Schema(example = "AMOUNT_INVOLVED") String code,
                                   @Schema(example = "涉及金额超过 5000 元") String zh,
                                   @Schema(example = "Amount involved above CNY 5,000") String en,
                                   @Schema(description = "CNY; met when the amount involved exceeds it", example = "5000") BigDecimal amountAbove,
                                   @Schema(description = "ISO period; met when the same contact complained within it", example = "P90D") String repeatWithin) {
    }
}
