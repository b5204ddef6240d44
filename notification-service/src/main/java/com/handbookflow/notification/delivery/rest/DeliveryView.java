package com.handbookflow.notification.delivery.rest;

import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.notification.delivery.Delivery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "WebhookDelivery", description = "A notice on its way to an endpoint / 回调投递记录")
public record DeliveryView(
        UUID id,
        UUID endpointId,
        @Schema(example = "obligation/6f1c2d1e-6a4b-4c1e-9a55-8f1d0e2b7c33/v1/OVERDUE") String idempotencyKey,
        @Schema(example = "com.handbookflow.notification.deadline-breached") String eventType,
        @Schema(description = "PENDING 待发送, DELIVERED 已送达, DEAD 死信") LabeledValue state,
        @Schema(example = "6") int attempts,
        Instant nextAttemptAt,
        @Schema(example = "500") Integer lastStatus,
        @Schema(example = "HTTP 500") String lastError,
        Instant createdAt,
        Instant deliveredAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id(), d.endpointId(), d.idempotencyKey(), d.eventType(), LabeledValue.of(d.state()),
                d.attempts(), d.nextAttemptAt(), d.lastStatus(), d.lastError(), d.createdAt(), d.deliveredAt());
    }
}
