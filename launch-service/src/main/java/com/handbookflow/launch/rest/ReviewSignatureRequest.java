package com.handbookflow.launch.rest;

import com.handbookflow.core.engine.item.WorkItemResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's signature on one row of table 2. */
@Schema(name = "ReviewSignatureRequest")
public record ReviewSignatureRequest(
        @NotNull @Schema(description = "PASS 通过 / FAIL 不通过 / NEEDS_CHANGES 需修改") WorkItemResult opinion,
        @Size(max = 4000) @Schema(description = "评审意见说明", example = "目标与市场匹配。") String comment) {

}
