package com.handbookflow.notification.delivery;

import com.handbookflow.core.tracing.TraceContext;

/**
 * One channel's way out: the HTTP POST of a webhook ({@link WebhookSender}) or an e-mail ({@link EmailSender}).
 * Called with no transaction open; a failure is an outcome, never an exception, so the dispatcher records it.
 */
interface Sender {

    /** Sends one claimed delivery to its endpoint; {@code trace}, when there is one, travels in the message's headers. */
    DeliveryDispatcher.Outcome send(DeliveryDispatcher.Claim claim, TraceContext trace);
}
