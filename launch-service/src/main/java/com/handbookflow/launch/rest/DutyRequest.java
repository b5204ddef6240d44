package com.handbookflow.launch.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A department reports its launch-day duty done. */
@Schema(name = "DutyRequest")
public record DutyRequest(
        @Size(max = 2000) @Schema(description = "完成情况", example = "生产环境已部署，基础数据已导入。") String note) {

}
