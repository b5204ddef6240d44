package com.handbookflow.notification.webhook.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookRequest", description = "An OA endpoint to receive notices / OA 系统回调地址")
public record WebhookRequest(
        @Size(max = 64) @Schema(description = "Only this department's notices; empty: all / 仅接收该部门的通知，为空则全部",
                example = "product") String department,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "(https?://|mailto:[^@\\s]+@).+")
        @Schema(description = "http(s) URL of the OA system, or mailto:address for the e-mail channel / 回调地址或 mailto: 邮箱",
                example = "https://oa.example.com/hooks/handbook") String url,
        @Size(min = 16, max = 256)
        @Schema(description = "Shared HMAC-SHA256 secret, at least 16 characters; required for http(s) / 签名密钥",
                example = "s3cr3t-shared-with-oa-0001") String secret) {
}
