package com.handbookflow.notification.supervision.rest;

import com.handbookflow.notification.security.NotificationAccess;
import com.handbookflow.notification.supervision.GroupBy;
import com.handbookflow.notification.supervision.MetricsRow;
import com.handbookflow.notification.supervision.Period;
import com.handbookflow.notification.supervision.SupervisionMetrics;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/supervision")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision / 流程督办", description = "The handbook's measures against their targets")
public class SupervisionResource {

    private static final String METRICS_EXAMPLE = """
            {"period":"2026-03","from":"2026-03-01","to":"2026-03-31","groupBy":"SCENARIO","rows":[{"scenario":"complaint",
            "nodeKey":"*","department":"*","completed":52,"returned":2,"skipped":0,
            "onTimeRate":{"value":0.962,"target":0.95,"comparison":"AT_LEAST","met":true},
            "obligationsOnTimeRate":{"value":0.947,"target":0.95,"comparison":"AT_LEAST","met":false},
            "onTimeByKind":[{"kind":{"code":"NODE","zh":"流程节点","en":"Process node"},"completed":52,"onTime":50,
            "onTimeRate":{"value":0.962,"target":0.95,"comparison":"AT_LEAST","met":true}},
            {"kind":{"code":"CUSTOMER_UPDATE","zh":"客户进度更新","en":"Customer update"},"completed":23,"onTime":21,
            "onTimeRate":{"value":0.913,"target":0.95,"comparison":"AT_LEAST","met":false}}],"timeoutRate":0.038,
            "currentlyOverdue":3,"durationP50Hours":20.5,"durationP90Hours":51.0,
            "customerSatisfaction":{"value":88.0,"target":90.0,"comparison":"AT_LEAST","met":false},
            "departmentSatisfaction":{"value":null,"target":90.0,"comparison":"AT_LEAST","met":null},
            "documentCompleteness":{"value":1.0,"target":1.0,"comparison":"AT_LEAST","met":true}}]}""";

    private final SupervisionMetrics metrics;

    private final NotificationAccess access;

    SupervisionResource(SupervisionMetrics metrics, NotificationAccess access) {
        this.access = access;
        this.metrics = metrics;
    }

    @Schema(name = "MetricsReport", description = "Metrics of a period / 周期督办指标")
    public record MetricsReport(@Schema(example = "2026-03") String period, LocalDate from, LocalDate to,
                                GroupBy groupBy, List<MetricsRow> rows) {
    }

    @GET
    @Path("/metrics")
    @Operation(operationId = "getSupervisionMetrics", summary = "On-time rate of nodes and of every tracked obligation by kind, timeouts, overdue, durations, satisfaction, completeness / 督办指标",
            description = "The handbook's figures for a period, per scenario, node and department: on-time rate (target >= 95%), timeouts, overdue items, durations, customer and department satisfaction (target >= 90) and completeness.\n\n监督指标：按场景、节点、部门统计的及时率（>=95%）、超时、逾期、用时、满意度（>=90）与完整性。")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "complaints in March", value = METRICS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Unreadable period / 周期无效")
    public MetricsReport metrics(
            @QueryParam("period") @Parameter(description = "Month 2026-03 or quarter 2026-Q1 / 月份或季度", example = "2026-03") String period,
            @QueryParam("from") @Parameter(description = "Custom range start (local date) / 自定义起始日", example = "2026-03-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "Custom range end, included / 自定义截止日", example = "2026-03-31") LocalDate to,
            @QueryParam("scenario") @Parameter(example = "complaint") String scenario,
            @QueryParam("department") @Parameter(example = "product") String department,
            @QueryParam("groupBy") @DefaultValue("SCENARIO") @Parameter(description = "SCENARIO, NODE or DEPARTMENT") GroupBy groupBy) {
        access.requireSupervision("read supervision metrics");
        Period p = Period.parse(period, from, to);
        return new MetricsReport(p.label(), p.from(), p.to(), groupBy, metrics.metrics(p, scenario, department, groupBy));
    }
}
