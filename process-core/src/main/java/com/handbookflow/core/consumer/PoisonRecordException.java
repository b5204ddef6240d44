package com.handbookflow.core.consumer;

/**
 * Thrown by {@link TopicConsumer.Handler#read} for a record meant for the consumer that it can never
 * apply (an unreadable body, an unknown event type): the loop sends it to the dead-letter topic
 * instead of retrying it.
 */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String message) {
        super(message);
    }

    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
