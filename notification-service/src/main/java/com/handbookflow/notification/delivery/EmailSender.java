package com.handbookflow.notification.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.tracing.TraceContext;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The e-mail channel: one mail per delivery, its Message-ID derived from the idempotency key so a resend is recognisable. */
@ApplicationScoped
public class EmailSender implements Sender {

    private final Mailer mailer;
    private final ObjectMapper json;

    EmailSender(Mailer mailer, ObjectMapper json) {
        this.mailer = mailer;
        this.json = json;
    }

    /** One mail to the endpoint's address; a mailer that refuses it is a failed try. */
    @Override
    public DeliveryDispatcher.Outcome send(DeliveryDispatcher.Claim claim, TraceContext trace) {
        try {
            mailer.send(mail(claim.endpoint().emailAddress(), claim.delivery(), trace));
            return new DeliveryDispatcher.Outcome(250, null);
        } catch (RuntimeException e) {
            return new DeliveryDispatcher.Outcome(null, "the e-mail could not be sent" + DeliveryDispatcher.Outcome.detail(e));
        }
    }

    /** {@code trace}, when there is one, goes into the mail's {@code traceparent}/{@code tracestate} headers. */
    private Mail mail(String address, Delivery delivery, TraceContext trace) {
        JsonNode notice = read(delivery.payload());
        String titleZh = notice.path("titleZh").asText("");
        String titleEn = notice.path("titleEn").asText("");
        String messageId = "<" + UUID.nameUUIDFromBytes(delivery.idempotencyKey().getBytes(StandardCharsets.UTF_8))
                + "@handbookflow>";
        // a digest lists its items (number, node, how late, link) in both languages
        String items = notice.has("items") ? "\n" + notice.path("textZh").asText("") + "\n" + notice.path("textEn").asText("")
                : "";
        Mail mail = Mail.withText(address, titleZh, titleZh + "\n" + titleEn + "\n" + items + "\n" + delivery.idempotencyKey())
                .addHeader("Message-ID", messageId)
                .addHeader(WebhookSignature.IDEMPOTENCY_KEY_HEADER, delivery.idempotencyKey());
        if (trace != null) {
            trace.forEach(mail::addHeader);
        }
        return mail;
    }

    private JsonNode read(String payload) {
        try {
            return json.readTree(payload);
        } catch (IOException e) {
            throw new IllegalStateException("delivery payload is not JSON", e);
        }
    }
}
