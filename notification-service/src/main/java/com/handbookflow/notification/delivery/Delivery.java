package com.handbookflow.notification.delivery;

import com.handbookflow.core.tracing.TraceContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One notice or digest on its way to one endpoint, by webhook or e-mail: the outbox of the push channels
 * (table {@code webhook_delivery}, served as the REST {@code WebhookDelivery}).
 */
@Entity
@Table(name = "webhook_delivery")
public class Delivery {

    @Id
    private UUID id;
    @Column(name = "endpoint_id")
    private UUID endpointId;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "event_type")
    private String eventType;
    private String payload;
    @Enumerated(EnumType.STRING)
    private DeliveryState state;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_status")
    private Integer lastStatus;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "claim_token")
    private UUID claimToken;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @Version
    private long version;
    /** The W3C trace context of the act that queued it; the POST or e-mail carries it on (V12). */
    private String traceparent;
    private String tracestate;

    protected Delivery() {
    }

    public Delivery(UUID endpointId, String idempotencyKey, String eventType, String payload, Instant now) {
        this(endpointId, idempotencyKey, eventType, payload, now, now);
    }

    /** A delivery first tried at {@code firstAttemptAt}, e.g. a notice held over quiet hours. */
    public Delivery(UUID endpointId, String idempotencyKey, String eventType, String payload, Instant now,
                           Instant firstAttemptAt) {
        this.id = UUID.randomUUID();
        this.endpointId = endpointId;
        this.idempotencyKey = idempotencyKey;
        this.eventType = eventType;
        this.payload = payload;
        this.state = DeliveryState.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = firstAttemptAt;
    }

    /** Records the trace of the act that caused the notice, so the delivery continues it. */
    public Delivery tracedBy(TraceContext trace) {
        if (trace != null) {
            this.traceparent = trace.traceparent();
            this.tracestate = trace.tracestate();
        }
        return this;
    }

    /**
     * Taken by one sender for at most {@code lease}: nobody else picks it up before the lease ends, and if the
     * sender is lost with its outcome, the delivery is due again then (sent twice at worst, never at once).
     */
    public UUID claim(Instant now, Duration lease) {
        claimToken = UUID.randomUUID();
        claimedAt = now;
        nextAttemptAt = now.plus(lease);
        return claimToken;
    }

    /** Whether {@code token} is the current claim: an outcome reported after the lease went to another sender is dropped. */
    public boolean claimedBy(UUID token) {
        return token.equals(claimToken);
    }

    /** Handed back untried by a sender whose lease would not cover its send: due again at once, no try counted. */
    public void unclaimed(Instant now) {
        releaseClaim();
        nextAttemptAt = now;
    }

    public void delivered(int status, Instant now) {
        releaseClaim();
        attempts++;
        state = DeliveryState.DELIVERED;
        lastStatus = status;
        lastError = null;
        deliveredAt = now;
        nextAttemptAt = null;
    }

    /** A failed try: wait {@code initial * 2^(attempts-1)} (capped), or die after the last allowed try. */
    public void failed(Integer status, String error, Instant now, DeliveryConfig config) {
        releaseClaim();
        attempts++;
        lastStatus = status;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= config.maxAttempts()) {
            state = DeliveryState.DEAD;
            nextAttemptAt = null;
            return;
        }
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait);
    }

    private void releaseClaim() {
        claimToken = null;
        claimedAt = null;
    }

    /** An operator sends a dead letter again: one more round of tries. */
    public void retry(Instant now) {
        if (state != DeliveryState.DEAD) {
            throw new IllegalStateException("delivery " + id + " is " + state + ", not dead");
        }
        state = DeliveryState.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public UUID id() { return id; }
    public UUID endpointId() { return endpointId; }
    public String idempotencyKey() { return idempotencyKey; }
    public String eventType() { return eventType; }
    public String payload() { return payload; }
    public DeliveryState state() { return state; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Integer lastStatus() { return lastStatus; }
    public String lastError() { return lastError; }
    public Instant createdAt() { return createdAt; }
    public Instant deliveredAt() { return deliveredAt; }
    public TraceContext trace() { return TraceContext.of(traceparent, tracestate); }
}
