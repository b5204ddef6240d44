package com.handbookflow.launch.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 《上线确认函》: the business is live. */
@Schema(name = "ReleaseRequest")
public record ReleaseRequest(
        @Schema(description = "上线时间，默认为现在", example = "2026-10-20T10:00:00+08:00") OffsetDateTime launchedAt,
        @NotBlank @Size(max = 4000) @Schema(description = "上线确认", example = "积分商城已于 10 月 20 日 10:00 正式上线，运行正常。") String statement,
        @NotBlank @Size(max = 4000) @Schema(description = "上线后监控安排", example = "运维 7x24 监控接口错误率与兑换成功率，首周每日通报。") String monitoringNote) {

}
