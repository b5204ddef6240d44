package com.handbookflow.notification.event;

import com.handbookflow.core.event.ProcessEvent;
import com.handbookflow.notification.inbox.Notice;

import java.time.Instant;
import java.util.UUID;

/**
 * The event a recorded notice publishes on {@code notification.events} (the in-process signal is
 * {@code NoticeRecorded}).
 * The three types share their fields today and are versioned separately (optional fields only).
 * The event id is derived from the idempotency key, so a consumer can de-duplicate by either.
 */
public sealed interface NoticeEvent extends ProcessEvent permits ReminderSent, DeadlineBreached, EscalationSent {

    String businessNumber();

    String itemKey();

    String idempotencyKey();

    @Override
    default String subject() {
        return businessNumber() + "/" + itemKey();
    }

    /**
     * The digest (or quiet-hours hold) that carries this notice to people's push channels; absent when it
     * went out at once. A consumer that pushes to people waits for that {@code digest-sent} instead.
     */
    UUID digestId();

    /** The event of a notice: overdue notice → deadline breached, escalation → escalation sent, else (warning, reminder, announcement) reminder sent. */
    static NoticeEvent of(Notice notice, Instant now, UUID digestId) {
        Fields<? extends NoticeEvent> type = switch (notice.kind()) {
            case OVERDUE -> DeadlineBreached::new;
            case ESCALATION -> EscalationSent::new;
            case WARNING, REMINDER, ANNOUNCEMENT -> ReminderSent::new;
        };
        return type.of(notice.id(), now, notice.processType(), notice.instanceId(), notice.businessNumber(),
                notice.itemKey(), notice.kind().name(), notice.level().name(), notice.responsibleDepartment(),
                notice.responsiblePerson(), notice.recipientPerson(), notice.recipientDepartment(), notice.dueAt(),
                notice.titleZh(), notice.titleEn(), notice.reason(), notice.idempotencyKey(), digestId);
    }

    /** The canonical constructor shared by the three records. */
    @FunctionalInterface
    interface Fields<T> {
        T of(UUID eventId, Instant occurredAt, String processType, UUID instanceId, String businessNumber,
             String itemKey, String kind, String level, String responsibleDepartment, String responsiblePerson,
             String recipientPerson, String recipientDepartment, Instant dueAt, String titleZh, String titleEn,
             String reason, String idempotencyKey, UUID digestId);
    }
}
