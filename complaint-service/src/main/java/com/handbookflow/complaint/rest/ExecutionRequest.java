package com.handbookflow.complaint.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExecutionRequest", description = "The plan was carried out / 方案执行完成")
public record ExecutionRequest(
        @NotBlank @Size(max = 4000) @Schema(description = "What was done / 执行结果",
                example = "已于 10 月 9 日原路退款 3999 元，并电话致歉。") String result) {
}
