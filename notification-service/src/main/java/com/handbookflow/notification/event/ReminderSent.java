package com.handbookflow.notification.event;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** A warning before due or a repeated reminder after due was told to the responsible person. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReminderSent(UUID eventId, Instant occurredAt, String processType, UUID instanceId, String businessNumber,
        String itemKey, String kind, String level, String responsibleDepartment, String responsiblePerson,
        String recipientPerson, String recipientDepartment, Instant dueAt, String titleZh, String titleEn,
        String reason, String idempotencyKey, UUID digestId) implements NoticeEvent {

    @Override
    public String type() {
        return NotificationEventTypes.REMINDER_SENT;
    }
}
