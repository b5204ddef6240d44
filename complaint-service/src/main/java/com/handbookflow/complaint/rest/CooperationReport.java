package com.handbookflow.complaint.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CooperationReport", description = "A cooperating department's part done / 协办部门完成分工")
public record CooperationReport(
        @NotBlank @Size(max = 2000) @Schema(description = "What was done / 完成情况",
                example = "已上门回收损坏商品，检测为运输破损。") String result) {
}
