package com.handbookflow.notification.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "notification.webhooks")
public interface WebhookConfig {

    /** How often pending deliveries are sent ({@code off} in tests, which call runDue()). */
    @WithDefault("10s")
    String every();

    /** Tries before a delivery is dead (visible over REST, retried only by hand). */
    @WithDefault("6")
    int maxAttempts();

    /** Pause after the first failure; doubled after each further failure. */
    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /** How long one POST may take. */
    @WithDefault("5s")
    Duration timeout();

    /** Deliveries claimed per transaction. */
    @WithDefault("20")
    int batchSize();
}
