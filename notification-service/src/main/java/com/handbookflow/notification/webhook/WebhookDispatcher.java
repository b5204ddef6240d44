package com.handbookflow.notification.webhook;

import com.handbookflow.core.due.DueRows;
import com.handbookflow.core.tracing.TraceContext;
import com.handbookflow.core.tracing.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Sends pending deliveries. A batch is claimed with {@code FOR UPDATE SKIP LOCKED} and its results
 * are recorded in the same transaction, so two instances never send one delivery at the same time.
 * If the process dies after a POST and before the commit, the delivery is sent again later with
 * the same {@code X-Handbook-Idempotency-Key}: the receiver de-duplicates by it. An endpoint with a
 * {@code mailto:} address is the e-mail channel: the same queue, retries and dead letters, sent by
 * the mailer with a Message-ID derived from the key.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final EntityManager entityManager;
    private final WebhookChannel channel;
    private final WebhookConfig config;
    private final Clock clock;
    private final HttpClient http;
    private final EmailSender email;
    private final Tracing tracing;

    WebhookDispatcher(EntityManager entityManager, WebhookChannel channel, WebhookConfig config, Clock clock,
                      EmailSender email, Tracing tracing) {
        this.tracing = tracing;
        this.email = email;
        this.entityManager = entityManager;
        this.channel = channel;
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Scheduled(every = "${notification.webhooks.every:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void trigger() {
        runDue();
    }

    /** Sends every delivery due at {@code clock.instant()}; returns how many were tried. */
    public int runDue() {
        return DueRows.drain(this::claimAndSendBatch, config.batchSize(), 50);
    }

    /** One transaction: claim due deliveries, POST each, record the outcome. */
    public int claimAndSendBatch() {
        Instant now = clock.instant();
        List<WebhookDelivery> due = DueRows.claim(entityManager, WebhookDelivery.class, "webhook_delivery",
                "state = 'PENDING'", "next_attempt_at", now, config.batchSize());
        due.forEach(delivery -> send(delivery, now));
        return due.size();
    }

    /**
     * Each try is a client span of the trace of the act that caused the notice (a retry days later too);
     * the POST's {@code traceparent} header, or the mail's, carries that span on to the OA system.
     */
    private void send(WebhookDelivery delivery, Instant now) {
        Span span = tracing.start("deliver " + delivery.eventType(), SpanKind.CLIENT, delivery.trace());
        span.setAttribute("handbook.idempotency_key", delivery.idempotencyKey());
        try (Scope ignored = Tracing.activate(span)) {
            send(delivery, now, TraceContext.of(span));
        } finally {
            span.end();
        }
    }

    private void send(WebhookDelivery delivery, Instant now, TraceContext trace) {
        WebhookEndpoint endpoint = channel.endpoint(delivery.endpointId());
        if (endpoint.isEmail()) {
            try {
                email.send(endpoint.emailAddress(), delivery, trace);
                delivery.delivered(250, now);
            } catch (RuntimeException e) {
                delivery.failed(null, "the e-mail could not be sent" + detail(e), now, config);
            }
            return;
        }
        long timestamp = now.getEpochSecond();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(endpoint.secret(), timestamp, delivery.payload()))
                    .header(WebhookSignature.IDEMPOTENCY_KEY_HEADER, delivery.idempotencyKey())
                    .header(WebhookSignature.EVENT_TYPE_HEADER, delivery.eventType())
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8));
            if (trace != null) {
                trace.forEach(request::header);
            }
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                delivery.delivered(response.statusCode(), now);
            } else {
                delivery.failed(response.statusCode(), "HTTP " + response.statusCode(), now, config);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivery.failed(null, "interrupted", now, config);
        } catch (Exception e) {
            delivery.failed(null, describe(e), now, config);
        }
        if (delivery.state() == DeliveryState.DEAD) {
            LOG.warnf("webhook delivery %s to %s is dead after %d tries: %s", delivery.id(), endpoint.url(),
                    delivery.attempts(), delivery.lastError());
        }
    }

    /**
     * Why a POST failed, in words an administrator of the OA system reads in the delivery list: no Java
     * type names, which tell an attacker what runs here and an OA team nothing.
     */
    private String describe(Exception e) {
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer within " + config.timeout().toSeconds() + " s";
        }
        if (e instanceof java.net.ConnectException) {
            return "could not connect (refused or unreachable)" + detail(e);
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "TLS failed" + detail(e);
        }
        if (e instanceof java.io.IOException) {
            return "the connection failed" + detail(e);
        }
        return "could not be sent" + detail(e);
    }

    private static String detail(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "" : ": " + message;
    }
}
