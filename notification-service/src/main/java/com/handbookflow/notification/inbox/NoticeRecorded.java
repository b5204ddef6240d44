package com.handbookflow.notification.inbox;

import java.time.Instant;

/** Fired (synchronously, in the recording transaction) for each notice told for the first time: channels queue deliveries. */
public record NoticeRecorded(Notice notice, Instant recordedAt) {
}
