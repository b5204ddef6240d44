package com.handbookflow.core.outbox;

import com.handbookflow.core.tracing.TraceContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting to be published, written in the transaction of the change that caused it.
 * {@code seq} is the publication order; {@code sentAt} is set once Kafka acknowledged it;
 * {@code rejectedAt} and {@code rejection} once Kafka refused it for good (too large, invalid): the relay
 * sets such a row aside instead of retrying it forever.
 * <p>
 * The entity is identified by its {@code eventId}, assigned before the insert, and {@code seq} is left to the
 * column's identity, read back only by the relay's queries: an act's rows are then inserted at the flush in one
 * JDBC batch instead of one immediate insert each (an IDENTITY id must be fetched when the row is persisted), and
 * {@code seq} is still the database's order of insertion.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Column(insertable = false, updatable = false)
    private Long seq;

    @Id
    @Column(name = "event_id")
    private UUID eventId;

    private String topic;

    @Column(name = "aggregate_type")
    private String aggregateType;

    @Column(name = "aggregate_id")
    private String aggregateId;

    @Column(name = "event_type")
    private String eventType;

    private String subject;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private String payload;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The W3C trace context of the transaction that wrote the row; the relay sends it on (null before V0_10). */
    private String traceparent;

    private String tracestate;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    private String rejection;

    protected OutboxEvent() {
    }

    OutboxEvent(UUID eventId, String topic, String aggregateType, String aggregateId, String eventType, String subject,
                Instant occurredAt, String payload) {
        this.eventId = eventId;
        this.topic = topic;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.eventType = eventType;
        this.subject = subject;
        this.occurredAt = occurredAt;
        this.payload = payload;
    }

    /** Records the act's trace, so the publish continues it. */
    OutboxEvent tracedBy(TraceContext trace) {
        if (trace != null) {
            this.traceparent = trace.traceparent();
            this.tracestate = trace.tracestate();
        }
        return this;
    }

    /** The publication order; null on a row persisted in this persistence context (the database assigns it). */
    public Long seq() { return seq; }
    public UUID eventId() { return eventId; }
    public String topic() { return topic; }
    public String aggregateType() { return aggregateType; }
    public String aggregateId() { return aggregateId; }
    public String eventType() { return eventType; }
    public String subject() { return subject; }
    public Instant occurredAt() { return occurredAt; }
    public String payload() { return payload; }
    public Instant sentAt() { return sentAt; }
    public TraceContext trace() { return TraceContext.of(traceparent, tracestate); }
}
