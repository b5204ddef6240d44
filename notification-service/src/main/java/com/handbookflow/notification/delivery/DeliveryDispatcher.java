package com.handbookflow.notification.delivery;

import com.handbookflow.core.due.DueRows;
import com.handbookflow.core.tracing.TraceContext;
import com.handbookflow.core.tracing.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sends pending deliveries in three steps, so that no transaction (and no row lock or pooled connection) is
 * held while an OA system or a mail server answers: a short transaction claims a batch with
 * {@code FOR UPDATE SKIP LOCKED} and marks each delivery with a claim token and a lease, each delivery goes
 * out after it committed through its endpoint's channel ({@link WebhookSender} posts to an http(s) endpoint,
 * {@link EmailSender} mails a {@code mailto:} one: the same queue, retries and dead letters), and each
 * outcome is recorded in a short transaction of its own by the holder of the token. Two instances never send
 * one delivery within a lease (a sender does not start a send its lease would not cover). If the process
 * dies after a send and before its outcome is recorded, the delivery is due again when the lease ends and is
 * sent again with the same {@code X-Handbook-Idempotency-Key} (or Message-ID derived from it): at least
 * once, and the receiver de-duplicates by the key.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final EntityManager entityManager;
    private final DeliveryChannels channel;
    private final DeliveryConfig config;
    private final Clock clock;
    private final WebhookSender webhook;
    private final EmailSender email;
    private final Tracing tracing;

    DeliveryDispatcher(EntityManager entityManager, DeliveryChannels channel, DeliveryConfig config, Clock clock,
                       WebhookSender webhook, EmailSender email, Tracing tracing) {
        this.tracing = tracing;
        this.webhook = webhook;
        this.email = email;
        this.entityManager = entityManager;
        this.channel = channel;
        this.config = config;
        this.clock = clock;
    }

    /** A claimed delivery with its endpoint, read in the claiming transaction and used after it committed. */
    record Claim(Delivery delivery, Endpoint endpoint, UUID token, Instant claimedAt) {
    }

    /** What the endpoint said: a status, or why nothing came back. */
    record Outcome(Integer status, String error) {

        boolean delivered() {
            return error == null && status != null && status / 100 == 2;
        }

        /** What a failure's message adds to the reason, if anything. */
        static String detail(Exception e) {
            String message = e.getMessage();
            return message == null || message.isBlank() ? "" : ": " + message;
        }
    }

    @Scheduled(every = "${notification.webhooks.every:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void trigger() {
        runDue();
    }

    /** Sends every delivery due at {@code clock.instant()}; returns how many were tried. */
    public int runDue() {
        return DueRows.repeat(this::claimAndSendBatch, config.batchSize(), 50);
    }

    /**
     * Claims due deliveries (one transaction), sends each (none open), records each outcome (one transaction
     * each). A send that could outlast the lease (slow endpoints earlier in the batch) is not started: the
     * rest of the batch is handed back, due at once, so no other sender sends it while this one still might.
     */
    public int claimAndSendBatch() {
        List<Claim> claims = claim();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            if (clock.instant().plus(config.timeout()).isAfter(claim.claimedAt().plus(config.claimLease()))) {
                handBack(claims.subList(i, claims.size()));
                break;
            }
            record(claim, send(claim));
        }
        return claims.size();
    }

    /** Gives claims this sender will not try back, if still its own. */
    void handBack(List<Claim> claims) {
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = clock.instant();
            for (Claim claim : claims) {
                Delivery delivery = entityManager.find(Delivery.class, claim.delivery().id(),
                        LockModeType.PESSIMISTIC_WRITE);
                if (delivery != null && delivery.claimedBy(claim.token())) {
                    delivery.unclaimed(now);
                }
            }
        });
        LOG.infof("%d deliveries handed back untried: their lease would not cover another send", claims.size());
    }

    /** Marks up to a batch of due deliveries as this sender's for one lease and commits. */
    List<Claim> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            List<Delivery> due = DueRows.claim(entityManager, Delivery.class, "webhook_delivery",
                    "state = 'PENDING'", "next_attempt_at", now, config.batchSize());
            return due.stream().map(delivery -> new Claim(delivery, channel.endpoint(delivery.endpointId()),
                    delivery.claim(now, config.claimLease()), now)).toList();
        });
    }

    /**
     * Sends one claimed delivery; called with no transaction open. Each try is a client span of the trace of
     * the act that caused the notice (a retry days later too); the POST's {@code traceparent} header, or the
     * mail's, carries that span on to the OA system.
     */
    Outcome send(Claim claim) {
        Delivery delivery = claim.delivery();
        Span span = tracing.start("deliver " + delivery.eventType(), SpanKind.CLIENT, delivery.trace());
        span.setAttribute("handbook.idempotency_key", delivery.idempotencyKey());
        try (Scope ignored = Tracing.activate(span)) {
            return senderFor(claim.endpoint()).send(claim, TraceContext.of(span));
        } finally {
            span.end();
        }
    }

    /** The endpoint's channel: a {@code mailto:} endpoint is e-mailed, any other gets a signed POST. */
    private Sender senderFor(Endpoint endpoint) {
        return endpoint.isEmail() ? email : webhook;
    }

    /**
     * Records the outcome if the claim is still this sender's; after the lease ran out another sender may hold
     * the delivery, and its outcome counts instead.
     */
    void record(Claim claim, Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery delivery = entityManager.find(Delivery.class, claim.delivery().id(),
                    LockModeType.PESSIMISTIC_WRITE);
            if (delivery == null || !delivery.claimedBy(claim.token())) {
                LOG.infof("delivery %s was taken over after its lease ran out; this outcome is dropped",
                        claim.delivery().id());
                return;
            }
            Instant now = clock.instant();
            if (outcome.delivered()) {
                delivery.delivered(outcome.status(), now);
            } else {
                delivery.failed(outcome.status(), outcome.error(), now, config);
            }
            if (delivery.state() == DeliveryState.DEAD) {
                LOG.warnf("delivery %s to %s is dead after %d tries: %s", delivery.id(), claim.endpoint().url(),
                        delivery.attempts(), delivery.lastError());
            }
        });
    }
}
