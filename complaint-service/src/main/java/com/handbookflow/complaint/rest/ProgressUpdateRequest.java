package com.handbookflow.complaint.rest;

import com.handbookflow.complaint.domain.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressUpdateRequest", description = "An update given to the customer / 向客户告知处理进度")
public record ProgressUpdateRequest(
        @NotNull @Schema(description = "How the customer was told / 告知方式", example = "PHONE") Channel channel,
        @NotBlank @Size(max = 2000) @Schema(description = "What the customer was told / 告知内容",
                example = "已联系承运商，预计明日给出退款方案。") String content) {
}
