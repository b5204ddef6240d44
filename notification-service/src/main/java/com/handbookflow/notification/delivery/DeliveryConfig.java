package com.handbookflow.notification.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How deliveries are sent and retried, by webhook and by e-mail alike. The prefix keeps the name it had when
 * webhooks were the only channel, so deployed configuration goes on working.
 */
@ConfigMapping(prefix = "notification.webhooks")
public interface DeliveryConfig {

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

    /**
     * How long a claimed batch belongs to its sender. A claim older than this is taken to be lost with its
     * instance (killed, crashed), and the delivery is sent again: it is how late a delivery can be after a
     * crash. A sender does not start a send that could outlast it ({@code timeout}); what is left of its
     * batch goes back to the queue, so it must exceed {@code timeout} and may be shorter than a batch of
     * slow sends (20 x 5 s).
     */
    @WithDefault("1m")
    Duration claimLease();

    /** Deliveries claimed at once. */
    @WithDefault("20")
    int batchSize();
}
