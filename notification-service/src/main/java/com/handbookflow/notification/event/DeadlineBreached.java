package com.handbookflow.notification.event;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** An obligation passed its due instant without being done; the overdue notice went out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadlineBreached(UUID eventId, Instant occurredAt, String processType, UUID instanceId, String businessNumber,
        String itemKey, String kind, String level, String responsibleDepartment, String responsiblePerson,
        String recipientPerson, String recipientDepartment, Instant dueAt, String titleZh, String titleEn,
        String reason, String idempotencyKey, UUID digestId) implements NoticeEvent {

    @Override
    public String type() {
        return NotificationEventTypes.DEADLINE_BREACHED;
    }
}
