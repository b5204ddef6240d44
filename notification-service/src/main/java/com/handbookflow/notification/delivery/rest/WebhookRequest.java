package com.handbookflow.notification.delivery.rest;

import com.handbookflow.core.label.Texts;
import com.handbookflow.core.problem.InvalidInputException;
import com.handbookflow.notification.delivery.DeliveryMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.net.URISyntaxException;

@Schema(name = "WebhookRequest", description = "An OA endpoint to receive notices / OA 系统回调地址")
public record WebhookRequest(
        @Size(max = 64) @Schema(description = "Only this department's notices; empty: all / 仅接收该部门的通知，为空则全部",
                example = "product") String department,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "(https?://|mailto:[^@\\s]+@).+")
        @Schema(description = "http(s) URL of the OA system, or mailto:address for the e-mail channel / 回调地址或 mailto: 邮箱",
                example = "https://oa.example.com/hooks/handbook") String url,
        @Size(min = 16, max = 256)
        @Schema(description = "Shared HMAC-SHA256 secret, at least 16 characters; required for http(s) / 签名密钥",
                example = "s3cr3t-shared-with-oa-0001") String secret,
        @Schema(description = "DIGEST (default): notices that go out at once one by one, the rest as one digest message "
                + "(com.handbookflow.notification.digest-sent); EACH: every notice as its own message / "
                + "DIGEST（默认）汇总推送；EACH 逐条推送", example = "DIGEST") DeliveryMode deliveryMode) {

    /** New endpoints take digests unless they ask for one message per notice. */
    public DeliveryMode deliveryModeOrDefault() {
        return deliveryMode == null ? DeliveryMode.DIGEST : deliveryMode;
    }

    /** An http(s) URL must have a host and a port a connection can use; else 400 naming {@code url}. */
    public WebhookRequest requireReachableUrl() {
        if (url == null || !url.matches("(?i)https?://.*")) {
            return this;
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getPort() > 65535) {
                throw new URISyntaxException(url, "no host, or a port above 65535");
            }
            return this;
        } catch (URISyntaxException e) {
            Texts texts = Texts.of(WebhookRequest.class);
            throw new InvalidInputException("url", texts.en("field.url.not-http", url), texts.zh("field.url.not-http", url));
        }
    }
}
