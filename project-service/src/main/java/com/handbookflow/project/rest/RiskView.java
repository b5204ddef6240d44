package com.handbookflow.project.rest;

import com.handbookflow.core.label.LabeledValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "RiskView", description = "A row of table 6 / 风险预警及应对")
public record RiskView(
        @Schema(example = "1") int seq,
        @Schema(example = "宣传物料设计延期") String description,
        @Schema(description = "HIGH 高, MEDIUM 中, LOW 低") LabeledValue level,
        @Schema(example = "活动页面开发及活动上线") String impact,
        @Schema(example = "design") String department,
        @Schema(example = "增派1名设计师") String measures,
        @Schema(example = "2026-09-14") LocalDate warningDate,
        @Schema(example = "2026-09-16") LocalDate resolveBy,
        Instant dueAt,
        @Schema(description = "OPEN 待解决, RESOLVED 已解决") LabeledValue status,
        boolean overdue,
        Instant raisedAt,
        @Schema(nullable = true, description = "When it was resolved; null while open / 解决时间") Instant resolvedAt,
        @Schema(nullable = true, description = "How it was resolved; null while open / 解决说明") String resolution) {
}
