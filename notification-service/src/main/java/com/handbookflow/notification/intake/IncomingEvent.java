package com.handbookflow.notification.intake;

import com.handbookflow.core.tracing.TraceContext;

/** A record of a scenario topic, read and typed, ready to apply; {@code trace} from its W3C headers, or null. */
public record IncomingEvent(String id, String type, Object body, String topic, int partition, long offset,
                            TraceContext trace) {

    /** An event that came without a trace context. */
    public IncomingEvent(String id, String type, Object body, String topic, int partition, long offset) {
        this(id, type, body, topic, partition, offset, null);
    }
}
