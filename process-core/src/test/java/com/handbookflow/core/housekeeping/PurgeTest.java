package com.handbookflow.core.housekeeping;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class PurgeTest {

    private static final Instant CUTOFF = Instant.parse("2026-03-01T00:00:00Z");

    @Inject
    EntityManager entityManager;

    @Test
    void only_rows_older_than_the_cutoff_are_deleted() {
        String consumer = "purge-test-" + UUID.randomUUID();
        insertProcessed(consumer, "old", CUTOFF.minusSeconds(1));
        insertProcessed(consumer, "recent", CUTOFF.plusSeconds(1));

        Purge.olderThan(entityManager, "processed_event", "processed_at", CUTOFF);

        assertEquals(1L, count("select count(*) from processed_event where consumer = '" + consumer + "'"));
        assertEquals(1L, count("select count(*) from processed_event where consumer = '" + consumer
                + "' and event_id = 'recent'"));
    }

    @Test
    void an_outbox_event_that_is_unsent_or_sent_after_the_cutoff_is_not_purged() {
        String aggregate = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, occurred_at,"
                                + " payload) values (:id, 'test.node-state', 'test', :aggregate, 'test', :at, '{}'::jsonb)")
                .setParameter("id", UUID.randomUUID()).setParameter("aggregate", aggregate)
                .setParameter("at", CUTOFF.minusSeconds(86_400 * 365)).executeUpdate());

        // the relay may send it meanwhile: then sent_at is after the cutoff; either way it stays
        Purge.olderThanUpTo(entityManager, "outbox_event", "seq", Long.MAX_VALUE, "sent_at", CUTOFF);

        assertEquals(1L, count("select count(*) from outbox_event where aggregate_id = '" + aggregate + "'"));
    }

    @Test
    void up_to_a_key_only_rows_older_than_the_cutoff_at_or_below_it_are_deleted() {
        String aggregate = UUID.randomUUID().toString();
        long first = insertSent(aggregate, CUTOFF.minusSeconds(2));
        long recent = insertSent(aggregate, CUTOFF.plusSeconds(1));
        long aboveTheBound = insertSent(aggregate, CUTOFF.minusSeconds(1));

        Purge.olderThanUpTo(entityManager, "outbox_event", "seq", recent, "sent_at", CUTOFF);

        assertEquals(0L, count("select count(*) from outbox_event where seq = " + first));
        assertEquals(1L, count("select count(*) from outbox_event where seq = " + recent));
        assertEquals(1L, count("select count(*) from outbox_event where seq = " + aboveTheBound), "left for a later run");
    }

    private long insertSent(String aggregate, Instant sentAt) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, occurred_at,"
                                + " payload, sent_at) values (:id, 'test.node-state', 'test', :aggregate, 'test', :at,"
                                + " '{}'::jsonb, :at) returning seq")
                .setParameter("id", UUID.randomUUID()).setParameter("aggregate", aggregate)
                .setParameter("at", sentAt).getSingleResult()).longValue());
    }

    private void insertProcessed(String consumer, String eventId, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into processed_event (consumer, event_id, processed_at) values (:c, :e, :at)")
                .setParameter("c", consumer).setParameter("e", eventId).setParameter("at", at).executeUpdate());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
