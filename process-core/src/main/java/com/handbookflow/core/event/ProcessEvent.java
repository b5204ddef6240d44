package com.handbookflow.core.event;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.UUID;

/**
 * An event about one process instance: the instance id is the Kafka key (so its events stay in
 * order), the event id is the CloudEvents id (consumers de-duplicate by it).
 */
public interface ProcessEvent {

    UUID eventId();

    Instant occurredAt();

    String processType();

    UUID instanceId();

    /** The CloudEvents type, see {@link EventTypes}. */
    @JsonIgnore
    String type();

    /** The CloudEvents subject: what the event is about, readable by a person. */
    @JsonIgnore
    String subject();
}
