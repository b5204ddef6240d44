package com.handbookflow.notification.delivery;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The signature an OA system checks: {@code sha256=} + hex(HMAC-SHA256(secret, timestamp + "." + body)).
 * The timestamp is signed with the body, so an old request replayed later fails the receiver's age check.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-Handbook-Signature";
    public static final String TIMESTAMP_HEADER = "X-Handbook-Timestamp";
    public static final String IDEMPOTENCY_KEY_HEADER = "X-Handbook-Idempotency-Key";
    public static final String EVENT_TYPE_HEADER = "X-Handbook-Event-Type";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
