package com.handbookflow.complaint.rest;

import com.handbookflow.complaint.domain.Channel;
import com.handbookflow.complaint.domain.ComplaintStatus;
import com.handbookflow.complaint.domain.CustomerDemand;
import com.handbookflow.complaint.domain.Grade;
import com.handbookflow.complaint.domain.HandlingAction;
import com.handbookflow.complaint.domain.MeasureState;
import com.handbookflow.complaint.domain.ProblemType;
import com.handbookflow.complaint.domain.Satisfaction;
import com.handbookflow.complaint.domain.Urgency;
import com.handbookflow.complaint.service.ComplaintProcess;
import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.engine.rest.NodeViews;
import com.handbookflow.core.label.LabeledValue;
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

@Path("/api/v1/complaints/enumerations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints / 客户投诉")
public class EnumerationsResource {

    private final ComplaintMapper mapper;
    private final ProcessDefinitions definitions;

    EnumerationsResource(ComplaintMapper mapper, ProcessDefinitions definitions) {
        this.mapper = mapper;
        this.definitions = definitions;
    }

    @GET
    @Operation(operationId = "listComplaintEnumerations", summary = "Enumerations with Chinese and English labels / 枚举值及中英文名称",
            description = "What a front end shows instead of codes: 产品质量 for PRODUCT_QUALITY, ...")
    @APIResponse(responseCode = "200", description = "All enumerations",
            content = @Content(schema = @Schema(implementation = EnumerationsView.class),
                    examples = @ExampleObject(name = "excerpt", value = """
                            {"problemTypes": [{"code": "PRODUCT_QUALITY", "zh": "产品质量", "en": "Product quality"},
                              {"code": "LOGISTICS_DELAY", "zh": "物流延迟", "en": "Logistics delay"}],
                             "grades": [{"code": "GENERAL", "zh": "一般投诉", "en": "General"},
                              {"code": "MAJOR", "zh": "重大投诉", "en": "Major"}],
                             "gradingCriteria": [{"code": "AMOUNT_INVOLVED", "zh": "涉及金额超过 5000 元",
                               "en": "Amount involved above CNY 5,000", "amountAbove": 5000},
                              {"code": "REPUTATIONAL_RISK", "zh": "影响品牌声誉（媒体、消费者协会、社交平台）",
                               "en": "Reputational risk (media, consumer association, social platforms)"}],
                             "rootCauseCategories": [{"code": "COURIER", "zh": "快递/承运商", "en": "Courier / carrier"}]}""")))
    public EnumerationsView enumerations() {
        return new EnumerationsView(LabeledValue.all(Channel.class), LabeledValue.all(ProblemType.class),
                LabeledValue.all(CustomerDemand.class), LabeledValue.all(Urgency.class), LabeledValue.all(Grade.class),
                LabeledValue.all(HandlingAction.class), LabeledValue.all(Satisfaction.class),
                LabeledValue.all(ComplaintStatus.class), LabeledValue.all(NodeState.class),
                LabeledValue.all(MeasureState.class), mapper.rootCauses(),
                NodeViews.labels(definitions.get(ComplaintProcess.TYPE)), mapper.gradingCriteria());
    }
}
