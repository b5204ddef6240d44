package com.handbookflow.complaint.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "CauseAnalysisRequest", description = "The responsible department's cause analysis: root cause and "
        + "improvement measures (《改进措施报告》) / 责任部门分析原因、提出改进措施")
public record CauseAnalysisRequest(
        @NotBlank @Size(max = 64) @Schema(description = "Root-cause category, one of GET /api/v1/complaints/enumerations rootCauseCategories / 根因类别",
                example = "COURIER") String rootCauseCategory,
        @Size(max = 200) @Schema(description = "Sub-cause the monthly review groups by, e.g. the courier / 具体原因（如承运商名称），用于复盘归类",
                example = "迅达快递") String rootCauseDetail,
        @NotBlank @Size(max = 4000) @Schema(description = "Cause analysis / 原因分析",
                example = "承运商杭州中转站爆仓，未按约定时效转运大件商品。") String rootCauseDescription,
        @NotEmpty @Size(max = 20) @Valid @Schema(description = "Improvement measures / 改进措施") List<@NotNull MeasureRequest> improvementMeasures) {

    @Schema(name = "ImprovementMeasureRequest", description = "One improvement measure / 改进措施")
    public record MeasureRequest(
            @NotBlank @Size(max = 2000) @Schema(example = "与迅达快递约定大件时效并加入延误赔付条款。") String description,
            @NotBlank @Size(max = 64) @Schema(description = "Owner department / 责任部门", example = "logistics") String ownerDepartment,
            @NotNull @Schema(description = "Deadline (due at the end of that working day) / 完成期限", example = "2026-10-30") LocalDate deadline) {
    }
}
