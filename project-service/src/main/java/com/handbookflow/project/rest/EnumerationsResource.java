package com.handbookflow.project.rest;

import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.engine.rest.NodeViews;
import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.project.domain.AcceptanceResult;
import com.handbookflow.project.domain.ProjectStatus;
import com.handbookflow.project.domain.RiskLevel;
import com.handbookflow.project.domain.RiskStatus;
import com.handbookflow.project.domain.TaskStatus;
import com.handbookflow.project.service.ProjectProcess;
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

@Path("/api/v1/projects/enumerations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects / 跨部门协作项目")
public class EnumerationsResource {

    private final ProcessDefinitions definitions;

    EnumerationsResource(ProcessDefinitions definitions) {
        this.definitions = definitions;
    }

    @GET
    @Operation(operationId = "listProjectEnumerations", summary = "Enumerations with Chinese and English labels / 枚举值及中英文名称",
            description = "What a front end shows instead of codes: 延期 for DELAYED, 高 for HIGH, ...")
    @APIResponse(responseCode = "200", description = "All enumerations",
            content = @Content(schema = @Schema(implementation = EnumerationsView.class),
                    examples = @ExampleObject(name = "excerpt", value = """
                            {"taskStatuses": [{"code": "PENDING", "zh": "待执行", "en": "Pending"},
                              {"code": "DELAYED", "zh": "延期", "en": "Delayed"}],
                             "riskLevels": [{"code": "HIGH", "zh": "高", "en": "High"}]}""")))
    public EnumerationsView enumerations() {
        return new EnumerationsView(LabeledValue.all(ProjectStatus.class), LabeledValue.all(TaskStatus.class),
                LabeledValue.all(AcceptanceResult.class), LabeledValue.all(RiskLevel.class),
                LabeledValue.all(RiskStatus.class), LabeledValue.all(NodeState.class),
                NodeViews.labels(definitions.get(ProjectProcess.TYPE)));
    }
}
