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
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * Appends events to the outbox table in the caller's transaction: the change and its events commit
 * together or not at all. After the commit the relay is woken, so the event usually reaches Kafka
 * within milliseconds; the relay's polling covers a missed wake-up.
 * <p>
 * The engine's events at commit ({@link #appendAtCompletion}), the rows of every act, are written with one JDBC
 * batch on the transaction's connection, not as entities: Hibernate's persist, its entity entry and snapshot and
 * its flush of a row that is never read or changed in the transaction were about a quarter of the persistence
 * work of an intake. {@link OutboxEvent} stays the mapping the relay's and the tests' reads use.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, subject, occurred_at,
              payload, traceparent, tracestate) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

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
     * Appends from a transaction's own beforeCompletion callback (the engine's events at commit, which runs
     * before Hibernate's flush), where no further synchronization is registered: the caller wakes the relay
     * after the commit with {@link #wakeRelay()}.
     * <p>
     * The rows go out at once, in order, as one JDBC batch (one round trip) on the connection of the
     * transaction: they commit or roll back with it, and their {@code seq} follows the order of {@code events}.
     * A transaction that also {@link #append appended} an event keeps the entities' path for these, so that its
     * rows are inserted at the flush in the order they were appended, the engine's last, as always. A failed
     * insert arrives as Hibernate's own exception (its {@code SqlExceptionHelper}), as from a flush.
     */
    public void appendAtCompletion(Collection<? extends ProcessEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        if (transactions.getResource(OutboxRelay.class) != null) {
            events.forEach(event -> persist(config.topic(), event));
            return;
        }
        String topic = config.topic();
        TraceContext trace = TraceContext.current();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (ProcessEvent event : events) {
                    insert.setObject(1, event.eventId());
                    insert.setString(2, topic);
                    insert.setString(3, event.processType());
                    insert.setString(4, event.instanceId().toString());
                    insert.setString(5, event.type());
                    insert.setString(6, event.subject());
                    insert.setObject(7, event.occurredAt().atOffset(ZoneOffset.UTC));
                    insert.setObject(8, toJson(event), Types.OTHER); // jsonb: the server parses it, as for Hibernate's
                    insert.setString(9, trace == null ? null : trace.traceparent());
                    insert.setString(10, trace == null ? null : trace.tracestate());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
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
