package com.handbookflow.launch.rest;

import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.engine.rest.NodeViews;
import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.launch.domain.FeasibilityConclusion;
import com.handbookflow.launch.domain.GoalMetric;
import com.handbookflow.launch.domain.LaunchDuty;
import com.handbookflow.launch.domain.LaunchStatus;
import com.handbookflow.launch.domain.ReviewConclusion;
import com.handbookflow.core.engine.item.WorkItemResult;
import com.handbookflow.launch.domain.ReviewPart;
import com.handbookflow.core.engine.item.WorkItemState;
import com.handbookflow.launch.service.LaunchProcess;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/launches/enumerations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Launches / 新业务上线")
public class EnumerationsResource {

    private final ProcessDefinitions definitions;

    EnumerationsResource(ProcessDefinitions definitions) {
        this.definitions = definitions;
    }

    @GET
    @Operation(operationId = "launchEnumerations", summary = "Enumerations with Chinese and English labels / 枚举值及中英文名称",
            description = "What a front end shows instead of codes: 需修改 for NEEDS_CHANGES, ...")
    @APIResponse(responseCode = "200", description = "All enumerations",
            content = @Content(schema = @Schema(implementation = EnumerationsView.class),
                    examples = @ExampleObject(name = "excerpt", value = """
                            {"reviewOpinions": [{"code": "PASS", "zh": "通过", "en": "Pass"},
                              {"code": "FAIL", "zh": "不通过", "en": "Fail"},
                              {"code": "NEEDS_CHANGES", "zh": "需修改", "en": "Needs changes"}],
                             "goalMetrics": [{"code": "DAU", "zh": "日活跃用户数", "en": "Daily active users"}]}""")))
    public EnumerationsView enumerations() {
        return new EnumerationsView(LabeledValue.all(LaunchStatus.class),
                NodeViews.labels(definitions.get(LaunchProcess.TYPE)),
                LabeledValue.all(NodeState.class), LabeledValue.all(GoalMetric.class),
                LabeledValue.all(FeasibilityConclusion.class), LabeledValue.all(ReviewPart.class),
                LabeledValue.all(WorkItemResult.class), LabeledValue.all(ReviewConclusion.class),
                LabeledValue.all(LaunchDuty.class), LabeledValue.all(WorkItemState.class));
    }
}
