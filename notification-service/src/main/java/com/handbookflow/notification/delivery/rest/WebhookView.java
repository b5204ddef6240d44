package com.handbookflow.notification.delivery.rest;

import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.notification.delivery.Endpoint;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Webhook", description = "A registered OA endpoint (the secret is never shown) / 已登记的回调地址")
public record WebhookView(UUID id, @Schema(example = "product") String department,
                          @Schema(example = "https://oa.example.com/hooks/handbook") String url,
                          boolean enabled, Instant createdAt,
                          @Schema(description = "DIGEST 汇总推送 or EACH 逐条推送") LabeledValue deliveryMode) {

    static WebhookView of(Endpoint e) {
        return new WebhookView(e.id(), e.department(), e.url(), e.enabled(), e.createdAt(), LabeledValue.of(e.deliveryMode()));
    }
}
