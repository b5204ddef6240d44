package com.handbookflow.project.rest;

import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "TaskView", description = "A row of table 5 with its dependencies and their knock-on / 项目任务")
public record TaskView(
        @Schema(example = "PRJ2026001") String projectNumber,
        @Schema(example = "T2") String key,
        @Schema(example = "宣传物料设计") String name,
        @Schema(example = "design") String department,
        @Schema(example = "u2001") String personId,
        @Schema(example = "王磊") String personName,
        @Schema(example = "海报3张、易拉宝1个，符合品牌规范") String deliverableStandard,
        @Schema(example = "2026-09-10") LocalDate startDate,
        @Schema(example = "2026-09-17") LocalDate deadline,
        @Schema(description = "The end of the deadline's working day", example = "2026-09-17T10:00:00Z") Instant dueAt,
        @Schema(description = "PENDING 待执行, IN_PROGRESS 进行中, DONE 已完成, DELAYED 延期") LabeledValue status,
        Instant startedAt,
        @Schema(nullable = true, description = "When it was completed; null until then / 完成时间") Instant completedAt,
        Instant delayedAt,
        @Schema(description = "Finish-to-start predecessors / 前置任务", example = "[\"T1\"]") List<String> predecessors,
        @Schema(description = "Predecessors not done yet: it cannot start before / 未完成的前置任务", example = "[\"T1\"]") List<String> waitingFor,
        @Schema(description = "Delayed tasks upstream: the knock-on this task feels / 上游延期任务（连锁影响）", example = "[]") List<String> delayedUpstream,
        @Schema(description = "Tasks after this one, held up if it slips / 受其影响的后续任务", example = "[\"T3\"]") List<String> holdsUp,
        @Schema(description = "1, then one more after each rejected acceptance", example = "1") int round,
        @Schema(nullable = true, description = "The latest acceptance; null until one is recorded / 最近一次验收") Acceptance acceptance) {

    @Schema(name = "TaskAcceptanceView", description = "《项目成果验收表》 row / 验收结论")
    public record Acceptance(LabeledValue result, String reason, int round, String byId, String byName, Instant at) {
    }
}
