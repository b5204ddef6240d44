package com.handbookflow.core.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.event.ProcessEvent;
import com.handbookflow.core.tracing.TraceContext;
import com.handbookflow.core.transaction.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Collection;

/**
 * Appends events to the outbox table in the caller's transaction: the change and its events commit
 * together or not at all. After the commit the relay is woken, so the event usually reaches Kafka
 * within milliseconds; the relay's polling covers a missed wake-up.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final EventsConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    Outbox(EntityManager entityManager, ObjectMapper json, EventsConfig config,
           TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.entityManager = entityManager;
        this.json = json;
        this.config = config;
        this.transactions = transactions;
        this.relay = relay;
    }

    /** Appends to this service's topic. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(ProcessEvent event) {
        append(config.topic(), event);
    }

    /** Appends to another topic (e.g. the notification service's own {@code notification.events}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, ProcessEvent event) {
        persist(topic, event);
        wakeRelayAfterCommit();
    }

    /**
     * Appends from a transaction's own beforeCompletion callback (the engine's events at commit),
     * where no further synchronization is registered: the caller wakes the relay after the commit
     * with {@link #wakeRelay()}.
     */
    public void appendAtCompletion(Collection<? extends ProcessEvent> events) {
        events.forEach(event -> persist(config.topic(), event));
    }

    /** Wakes the relay now; for a caller that appended at completion and saw the commit. */
    public void wakeRelay() {
        relay.wake();
    }

    private void persist(String topic, ProcessEvent event) {
        entityManager.persist(row(topic, event));
    }

    private OutboxEvent row(String topic, ProcessEvent event) {
        return new OutboxEvent(event.eventId(), topic, event.processType(), event.instanceId().toString(), event.type(),
                event.subject(), event.occurredAt(), toJson(event)).tracedBy(TraceContext.current());
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(OutboxRelay.class) != null) {
            return; // already registered in this transaction
        }
        transactions.putResource(OutboxRelay.class, Boolean.TRUE);
        AfterCommit.run(transactions, relay::wake);
    }

    private String toJson(ProcessEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.type() + " cannot be written as JSON", e);
        }
    }
}
