package com.handbookflow.notification.inbox;

import com.handbookflow.notification.deadline.EscalationLevel;
import com.handbookflow.notification.deadline.NoticeKind;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice composed ({@code NoticeComposer}) and about to be recorded ({@link NoticeRecorder}): everything its
 * inbox row, its event and its deliveries carry.
 * {@code urgency} is the case's urgency where the scenario reports one (URGENT, EXTRA_URGENT, HIGH):
 * urgent notices ignore quiet hours.
 */
public record Notice(
        String idempotencyKey,
        NoticeKind kind,
        EscalationLevel level,
        UUID obligationId,
        String processType,
        UUID instanceId,
        String businessNumber,
        String itemKey,
        String responsibleDepartment,
        String responsiblePerson,
        String recipientPerson,
        String recipientDepartment,
        String titleZh,
        String titleEn,
        Instant dueAt,
        String reason,
        String urgency) {

    /** The notice's id, derived from its key: the same notice always has the same id (and event id). */
    public UUID id() {
        return UUID.nameUUIDFromBytes(idempotencyKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
