package com.handbookflow.notification.digest;

import com.handbookflow.notification.event.DigestSent;

import java.time.Instant;

/** Fired (synchronously, in the flushing transaction) when a digest goes out: channels queue its deliveries. */
public record DigestRecorded(NoticeDigest digest, DigestSent event, Instant recordedAt) {
}
