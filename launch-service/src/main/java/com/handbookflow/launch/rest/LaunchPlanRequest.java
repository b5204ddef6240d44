package com.handbookflow.launch.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * 《上线计划表》: time, people, emergency plan, monitoring. It may be recorded with an incomplete
 * emergency plan; the release itself is refused until the plan has rollback steps and user compensation.
 */
@Schema(name = "LaunchPlanRequest")
public record LaunchPlanRequest(
        @NotNull @Schema(description = "计划上线时间", example = "2026-10-20T10:00:00+08:00") OffsetDateTime launchAt,
        @NotEmpty @Schema(description = "上线人员及分工", example = "[\"运维 李强：部署\", \"市场 陈静：推广\", \"客服 张敏：话术\"]")
        List<@Size(max = 200) String> people,
        @Valid @Schema(description = "应急预案") EmergencyPlanPart emergencyPlan,
        @Size(max = 4000) @Schema(description = "上线后监控", example = "接口错误率 > 1% 告警。") String monitoring) {

    @Schema(name = "EmergencyPlanPart", description = "应急预案：回滚步骤与用户补偿方案")
    public record EmergencyPlanPart(
            @Schema(description = "回滚步骤", example = "[\"关闭积分商城入口开关\", \"回滚至 v2.3.1\", \"恢复积分快照\"]")
            List<@Size(max = 1000) String> rollbackSteps,
            @Size(max = 4000) @Schema(description = "用户补偿方案", example = "兑换失败用户返还积分并补偿 200 积分。") String userCompensation,
            @Size(max = 1000) @Schema(description = "启动条件", example = "兑换成功率低于 95% 持续 10 分钟。") String trigger) {
    }
}
