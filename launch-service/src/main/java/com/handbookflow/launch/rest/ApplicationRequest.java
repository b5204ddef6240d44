package com.handbookflow.launch.rest;

import com.handbookflow.launch.domain.BusinessGoal;
import com.handbookflow.launch.domain.ExpectedResources;
import com.handbookflow.launch.domain.RequirementApplication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Table 1, 《新业务需求申请表》, as the originating department files or corrects it. */
@Schema(name = "ApplicationRequest")
public record ApplicationRequest(
        @NotBlank @Size(max = 64) @Schema(description = "发起部门: marketing 市场部 or product 产品部", example = "marketing") String originatingDepartment,
        @NotBlank @Size(max = 200) @Schema(description = "业务名称", example = "会员积分商城") String businessName,
        @Size(max = 4000) @Schema(description = "需求背景：市场需求", example = "竞品均已上线积分兑换，用户调研中 62% 希望积分可兑换商品。") String marketNeed,
        @Size(max = 4000) @Schema(description = "需求背景：用户痛点", example = "积分只能抵扣运费，用户感知价值低。") String userPainPoint,
        @Valid @Schema(description = "业务目标（须量化）") BusinessGoal goal,
        @Schema(description = "核心功能需求，1 至 3 项（MVP）", example = "[\"积分兑换商品\", \"兑换订单查询\"]") List<@Size(max = 500) String> coreFunctions,
        @Valid @Schema(description = "预期资源：人力、预算（元）、技术支持") ExpectedResources resources) {

    public RequirementApplication toApplication() {
        return new RequirementApplication(businessName, marketNeed, userPainPoint, goal, coreFunctions, resources);
    }
}
