package com.handbookflow.notification.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.handbookflow.core.event.ProcessEvent;
import com.handbookflow.notification.inbox.Notice;

import java.time.Instant;
import java.util.UUID;

/**
 * A warning before due or a repeated reminder after due was told to the responsible person.
 * The event id is derived from the idempotency key, so a consumer can de-duplicate by either.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReminderSent(
        UUID eventId,
        Instant occurredAt,
        String processType,
        UUID instanceId,
        String businessNumber,
        String itemKey,
        String kind,
        String level,
        String responsibleDepartment,
        String responsiblePerson,
        String recipientPerson,
        String recipientDepartment,
        Instant dueAt,
        String titleZh,
        String titleEn,
        String reason,
        String idempotencyKey) implements ProcessEvent {

    public static ReminderSent of(Notice notice, Instant now) {
        return new ReminderSent(notice.id(), now, notice.processType(), notice.instanceId(), notice.businessNumber(),
                notice.itemKey(), notice.kind().name(), notice.level().name(), notice.responsibleDepartment(),
                notice.responsiblePerson(), notice.recipientPerson(), notice.recipientDepartment(), notice.dueAt(),
                notice.titleZh(), notice.titleEn(), notice.reason(), notice.idempotencyKey());
    }

    @Override
    public String type() {
        return NotificationEventTypes.REMINDER_SENT;
    }

    @Override
    public String subject() {
        return businessNumber + "/" + itemKey;
    }
}
