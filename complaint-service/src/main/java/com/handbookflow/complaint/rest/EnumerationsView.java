package com.handbookflow.complaint.rest;

import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ComplaintEnumerations", description = "Every enumeration of the complaint API with its labels / 投诉相关枚举及中英文名称")
public record EnumerationsView(List<LabeledValue> channels, List<LabeledValue> problemTypes,
                               List<LabeledValue> demands, List<LabeledValue> urgencies, List<LabeledValue> grades,
                               List<LabeledValue> handlingActions, List<LabeledValue> satisfactions,
                               List<LabeledValue> statuses, List<LabeledValue> nodeStates,
                               List<LabeledValue> measureStates,
                               @Schema(description = "Configured root-cause categories / 根因类别（可配置）")
                               List<LabeledValue> rootCauseCategories,
                               @Schema(description = "Nodes of the process, in order / 流程节点") List<LabeledValue> nodes) {
}
