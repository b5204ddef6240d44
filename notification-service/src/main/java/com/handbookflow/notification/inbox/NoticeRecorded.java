package com.handbookflow.notification.inbox;

import com.handbookflow.core.event.ProcessEvent;

import java.time.Instant;

/**
 * Fired (synchronously, in the recording transaction) for each notice told for the first time:
 * channels queue their deliveries of {@code event}, the body also published on notification.events.
 */
public record NoticeRecorded(Notice notice, ProcessEvent event, Instant recordedAt) {
}
