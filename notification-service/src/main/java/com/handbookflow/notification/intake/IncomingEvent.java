package com.handbookflow.notification.intake;

/** A record of a scenario topic, read and typed, ready to apply. */
public record IncomingEvent(String id, String type, Object body, String topic, int partition, long offset) {
}
