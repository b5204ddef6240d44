package com.handbookflow.notification.supervision;

import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The on-time rate of one kind of tracked obligation (nodes, customer updates, measures, reviews, tasks, risks). */
@Schema(name = "KindRate", description = "On-time rate of one kind of obligation / 某类督办事项的按时完成率")
public record KindRate(
        @Schema(description = "NODE 流程节点, WORK_ITEM, CUSTOMER_UPDATE 客户进度更新, IMPROVEMENT_MEASURE 改进措施, MONTHLY_REVIEW 月度复盘, PROJECT_TASK, PROJECT_RISK, PROCESS_SUGGESTION")
        LabeledValue kind,
        @Schema(description = "Completed / fulfilled in the period / 期内完成数", example = "12") long completed,
        @Schema(example = "11") long onTime,
        @Schema(description = "target >= 95%") Metric onTimeRate) {
}
