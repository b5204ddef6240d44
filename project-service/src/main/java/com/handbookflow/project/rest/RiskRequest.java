package com.handbookflow.project.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import com.handbookflow.project.domain.RiskReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A row of table 6 《风险预警及应对表》. */
@Schema(name = "RiskRequest", description = "风险预警")
public record RiskRequest(
        @NotBlank @Size(max = 2000) @Schema(example = "宣传物料设计延期") String description,
        @NotNull @Schema(description = "HIGH 高, MEDIUM 中, LOW 低", example = "MEDIUM") com.handbookflow.project.domain.RiskLevel level,
        @NotBlank @Size(max = 2000) @Schema(example = "活动页面开发及活动上线") String impact,
        @NotBlank @Size(max = 64) @Schema(example = "design") String department,
        @NotBlank @Size(max = 2000) @Schema(example = "增派1名设计师") String measures,
        @NotNull @Schema(example = "2026-09-14") LocalDate warningDate,
        @NotNull @Schema(example = "2026-09-16") LocalDate resolveBy) {

    public RiskReport toReport() {
        return new RiskReport(description, level, impact, department, measures, warningDate, resolveBy);
    }
}
