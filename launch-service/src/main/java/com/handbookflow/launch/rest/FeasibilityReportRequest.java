package com.handbookflow.launch.rest;

import com.handbookflow.launch.domain.FeasibilityConclusion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 《可行性分析报告》 with its conclusion. */
@Schema(name = "FeasibilityReportRequest")
public record FeasibilityReportRequest(
        @NotBlank @Size(max = 4000) @Schema(description = "技术可行性", example = "复用订单、库存系统；积分扣减需分布式事务。") String technology,
        @NotBlank @Size(max = 4000) @Schema(description = "资源", example = "开发 3 人、测试 1 人，4 周。") String resources,
        @NotBlank @Size(max = 4000) @Schema(description = "成本收益", example = "投入 30 万元，预计 6 个月内带来 80 万元增量 GMV。") String costBenefit,
        @NotBlank @Size(max = 4000) @Schema(description = "竞争分析", example = "两家主要竞品已上线，我方以兑换品类差异化。") String competition,
        @NotNull @Schema(description = "PASS 通过 / FAIL 不通过") FeasibilityConclusion conclusion,
        @Size(max = 2000) @Schema(description = "结论理由；不通过时必填", example = "技术、资源、成本均可行。") String reason) {

}
