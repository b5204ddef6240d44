package com.handbookflow.launch.rest;

import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "LaunchEnumerations", description = "Every enumeration of the launch API with its labels / 枚举值")
public record EnumerationsView(List<LabeledValue> statuses, List<LabeledValue> nodes, List<LabeledValue> nodeStates,
                               List<LabeledValue> goalMetrics, List<LabeledValue> feasibilityConclusions,
                               List<LabeledValue> reviewParts, List<LabeledValue> reviewOpinions,
                               List<LabeledValue> reviewConclusions, List<LabeledValue> launchDuties,
                               List<LabeledValue> workItemStates) {
}
