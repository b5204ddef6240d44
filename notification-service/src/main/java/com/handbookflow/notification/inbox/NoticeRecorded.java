package com.handbookflow.notification.inbox;

import com.handbookflow.core.event.ProcessEvent;

import com.handbookflow.notification.digest.Route;

import java.time.Instant;
import java.util.UUID;

/**
 * Fired (synchronously, in the recording transaction) for each notice told for the first time:
 * channels queue their deliveries of {@code event}, the body also published on notification.events.
 * {@code digestId} names the digest or quiet-hours hold the notice joined (null: it goes out at once),
 * {@code route} says which and when that goes out.
 */
public record NoticeRecorded(Notice notice, ProcessEvent event, Instant recordedAt, Route route, UUID digestId) {

    /** Goes out to every push channel now (not into a digest or hold). */
    public boolean atOnce() {
        return digestId == null;
    }
}
