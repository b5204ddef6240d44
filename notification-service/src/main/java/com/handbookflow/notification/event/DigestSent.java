package com.handbookflow.notification.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.handbookflow.core.event.ProcessEvent;
import com.handbookflow.notification.digest.DigestItem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Several notices to one recipient bundled into one message: the digest at the end of a window, or the
 * reminders held over quiet hours at the start of the working day. Each item also has its own
 * notice event (carrying {@code digestId}) and its own inbox row. Kafka key ({@code instanceId}): derived
 * from the recipient, so one recipient's digests keep their order; {@code processType} is "notification".
 *
 * @param purpose DIGEST or QUIET_HOURS
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DigestSent(UUID eventId, Instant occurredAt, String processType, UUID instanceId, UUID digestId,
                         String purpose, String recipientPerson, String recipientDepartment, Instant openedAt,
                         int itemCount, String titleZh, String titleEn, String textZh, String textEn,
                         List<DigestItem> items, String idempotencyKey) implements ProcessEvent {

    public static final String PROCESS_TYPE = "notification";

    @Override
    public String type() {
        return NotificationEventTypes.DIGEST_SENT;
    }

    @Override
    public String subject() {
        return "digest/" + (recipientPerson != null ? recipientPerson : recipientDepartment);
    }
}
