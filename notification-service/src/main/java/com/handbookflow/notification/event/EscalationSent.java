package com.handbookflow.notification.event;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** An obligation (or a major case) was escalated to a department head, leader in charge or process owner. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EscalationSent(UUID eventId, Instant occurredAt, String processType, UUID instanceId, String businessNumber,
        String itemKey, String kind, String level, String responsibleDepartment, String responsiblePerson,
        String recipientPerson, String recipientDepartment, Instant dueAt, String titleZh, String titleEn,
        String reason, String idempotencyKey, UUID digestId) implements NoticeEvent {

    @Override
    public String type() {
        return NotificationEventTypes.ESCALATION_SENT;
    }
}
