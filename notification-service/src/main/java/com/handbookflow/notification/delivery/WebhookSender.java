package com.handbookflow.notification.delivery;

import com.handbookflow.core.tracing.TraceContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The webhook channel: one signed HTTP POST per delivery ({@link WebhookSignature}), the claim's time as its
 * timestamp, the idempotency key and event type in headers; 2xx is delivered, anything else a failed try.
 */
@ApplicationScoped
public class WebhookSender implements Sender {

    private final DeliveryConfig config;
    private final HttpClient http;

    WebhookSender(DeliveryConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Override
    public DeliveryDispatcher.Outcome send(DeliveryDispatcher.Claim claim, TraceContext trace) {
        Delivery delivery = claim.delivery();
        Endpoint endpoint = claim.endpoint();
        long timestamp = claim.claimedAt().getEpochSecond();
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
            return response.statusCode() / 100 == 2 ? new DeliveryDispatcher.Outcome(response.statusCode(), null)
                    : new DeliveryDispatcher.Outcome(response.statusCode(), "HTTP " + response.statusCode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryDispatcher.Outcome(null, "interrupted");
        } catch (Exception e) {
            return new DeliveryDispatcher.Outcome(null, describe(e));
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
            return "could not connect (refused or unreachable)" + DeliveryDispatcher.Outcome.detail(e);
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "TLS failed" + DeliveryDispatcher.Outcome.detail(e);
        }
        if (e instanceof java.io.IOException) {
            return "the connection failed" + DeliveryDispatcher.Outcome.detail(e);
        }
        return "could not be sent" + DeliveryDispatcher.Outcome.detail(e);
    }
}
