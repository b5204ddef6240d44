package com.handbookflow.project.rest;

import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProjectEnumerations", description = "Project enumerations with Chinese and English labels / 项目枚举值")
public record EnumerationsView(List<LabeledValue> projectStatuses, List<LabeledValue> taskStatuses,
                               List<LabeledValue> acceptanceResults, List<LabeledValue> riskLevels,
                               List<LabeledValue> riskStatuses, List<LabeledValue> nodeStates,
                               List<LabeledValue> nodes) {
}
