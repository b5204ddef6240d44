package com.handbookflow.notification.digest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * One notice in a digest: what it is about (number, node or item, how late) and where to open it;
 * the notice itself stays in the inbox ({@code notificationId}), read or unread on its own.
 *
 * @param minutesLate minutes past due when the digest went out; negative: due in that many minutes (a warning)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DigestItem(UUID notificationId, String idempotencyKey, String kind, String level, String processType,
                         UUID instanceId, String businessNumber, String itemKey, Instant dueAt, Long minutesLate,
                         String lateZh, String lateEn, String titleZh, String titleEn, String link) {
}
