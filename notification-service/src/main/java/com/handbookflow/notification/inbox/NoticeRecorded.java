package com.handbookflow.notification.inbox;

import com.handbookflow.core.event.ProcessEvent;

import com.handbookflow.notification.digest.Route;

import java.time.Instant;
import java.util.UUID;

/**
 * In-process only, never published: fired (synchronously, in the recording transaction) by {@link NoticeRecorder}
 * for each notice recorded for the first time. The delivery channels queue their deliveries of {@code event}
 * (the notice's {@code NoticeEvent}, the body also published on notification.events); metrics count it once the
 * transaction has committed ({@link NoticesCommitted}).
 * {@code digestId} names the digest or quiet-hours hold the notice joined (null: it goes out at once),
 * {@code route} says which and when that goes out.
 */
public record NoticeRecorded(Notice notice, ProcessEvent event, Instant recordedAt, Route route, UUID digestId) {

    /** Goes out to every push channel now (not into a digest or hold). */
    public boolean atOnce() {
        return digestId == null;
    }
}
