package com.handbookflow.core.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.testing.KafkaBrokerResource;
import com.handbookflow.core.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static com.handbookflow.core.testing.TopicReader.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One relay at a time per database, with no transaction open while it waits for Kafka. The service's own
 * relay is off here: the test plays two instances' relays on one database and drives their batches itself.
 */
@QuarkusTest
@TestProfile(OutboxRelayLockTest.TwoInstances.class)
class OutboxRelayLockTest {

    private static final String TOPIC = "test.node-state";

    public static class TwoInstances implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("handbook.events.relay.enabled", "false");
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    BeanManager beans;

    @Inject
    EventsConfig config;

    private final List<OutboxRelay> relays = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stopRelays() {
        relays.forEach(relay -> relay.onStop(null));
    }

    @Test
    void of_two_relays_on_one_database_only_the_one_holding_the_lock_publishes() {
        OutboxRelay first = anotherInstance();
        OutboxRelay second = anotherInstance();
        UUID instance = UUID.randomUUID();
        append(instance, "one", "two", "three");

        assertEquals(3, first.publishBatch());
        append(instance, "four", "five");
        assertEquals(0, second.publishBatch(), "the lock is the first relay's");
        assertEquals(2L, unsentOf(instance), "the second relay neither sent nor marked them");
        assertEquals(2, first.publishBatch());

        assertEquals(List.of("one", "two", "three", "four", "five"), published(instance, 5));
    }

    @Test
    void when_the_holder_s_connection_drops_another_relay_takes_the_lock_and_goes_on_in_order() {
        OutboxRelay first = anotherInstance();
        OutboxRelay second = anotherInstance();
        UUID instance = UUID.randomUUID();
        append(instance, "one", "two");
        assertEquals(2, first.publishBatch());
        append(instance, "three", "four");

        terminate(lockHolder());

        assertEquals(2, second.publishBatch(), "the lock went with the connection");
        assertThrows(IllegalStateException.class, first::publishBatch, "its connection is gone");
        append(instance, "five");
        assertEquals(0, first.publishBatch(), "connected again, it finds the lock taken");
        assertEquals(1, second.publishBatch());
        assertEquals(List.of("one", "two", "three", "four", "five"), published(instance, 5));
        assertEquals(0L, unsentOf(instance));
    }

    @Test
    void a_relay_whose_connection_dropped_takes_the_lock_again_once_it_is_free() {
        OutboxRelay relay = anotherInstance();
        UUID instance = UUID.randomUUID();
        append(instance, "one");
        assertEquals(1, relay.publishBatch());

        terminate(lockHolder());
        append(instance, "two");

        assertThrows(IllegalStateException.class, relay::publishBatch);
        assertEquals(1, relay.publishBatch());
        assertEquals(List.of("one", "two"), published(instance, 2));
    }

    @Test
    void no_transaction_is_open_while_the_relay_waits_for_kafka() throws Exception {
        Assumptions.assumeTrue(KafkaBrokerResource.cluster() != null, "needs the in-JVM broker to stop it");
        OutboxRelay relay = anotherInstance();
        UUID instance = UUID.randomUUID();
        append(instance, "waits for Kafka");
        BrokerServer broker = KafkaBrokerResource.cluster().brokers().values().iterator().next();
        broker.shutdown();
        broker.awaitShutdown();
        List<String> states;
        try {
            // a new producer waits for metadata up to the send timeout (3 s here): the relay holds the lock meanwhile
            CompletableFuture<Integer> batch = CompletableFuture.supplyAsync(relay::publishBatch);
            states = new ArrayList<>();
            while (!batch.isDone()) {
                states.addAll(relayConnectionStates());
                Thread.sleep(50);
            }
            assertTrue(batch.isCompletedExceptionally(), "Kafka did not answer: the batch failed");
        } finally {
            broker.startup();
        }

        assertTrue(states.contains("idle"), "the relay's connection waited: " + states);
        assertFalse(states.stream().anyMatch(state -> state.startsWith("idle in transaction")),
                "and outside any transaction: " + states);
        assertEquals(1L, unsentOf(instance), "not acknowledged, so not marked");
        assertEquals(1, awaitPublished(relay));
        assertEquals(List.of("waits for Kafka"), published(instance, 1));
    }

    @Test
    void an_event_that_committed_after_the_relay_read_past_its_seq_is_published_before_the_later_events_of_its_aggregate()
            throws Exception {
        OutboxRelay relay = anotherInstance();
        int batch = config.relay().batchSize();
        UUID instance = UUID.randomUUID();
        try (Connection slow = ScriptConnection.open()) {
            slow.setAutoCommit(false);
            insert(slow, instance, "first", false); // its seq is taken now, below every row that follows
            append(UUID.randomUUID(), IntStream.range(0, 2 * batch).mapToObj(i -> "other " + i).toArray(String[]::new));

            assertEquals(batch, relay.publishBatch());
            assertEquals(batch, relay.publishBatch(), "a drain: full batches, read past the seq of 'first'");
            slow.commit();
        }
        assertTrue(position() < seqOf(instance), "the position never passed a seq still being written");
        append(instance, "second"); // as the instance's next act writes it: after 'first' committed

        assertEquals(2, relay.publishBatch());
        assertEquals(List.of("first", "second"), published(instance, 2));
    }

    @Test
    void an_event_set_back_to_unsent_below_where_a_drain_went_on_is_published_at_the_next_wake_up() throws Exception {
        OutboxRelay relay = anotherInstance();
        int batch = config.relay().batchSize();
        UUID instance = UUID.randomUUID();
        try (Connection operations = ScriptConnection.open()) {
            operations.setAutoCommit(true);
            insert(operations, instance, "set aside", true);
            append(UUID.randomUUID(), IntStream.range(0, 3 * batch).mapToObj(i -> "other " + i).toArray(String[]::new));
            assertEquals(batch, relay.publishBatch());
            assertEquals(batch, relay.publishBatch());

            // operations fixed the cause and re-queue it (docs/running.md) while the relay drains the rest
            operations.createStatement().executeUpdate("update outbox_event set rejected_at = null, rejection = null"
                    + " where aggregate_id = '" + instance + "'");
            while (relay.publishBatch() == batch) {
                // the rest of the drain
            }
        }

        relay.publishBatch(); // the next wake-up reads from the first unsent row again
        assertEquals(List.of("set aside"), published(instance, 1));
        assertEquals(0L, unsentOf(instance));
    }

    @Test
    void the_relay_raises_its_position_past_what_it_published_and_marks_each_row_on_its_own_page() {
        OutboxRelay relay = anotherInstance();
        UUID instance = UUID.randomUUID();
        append(instance, "one", "two", "three");
        Map<Long, Long> pages = pagesOf(instance);

        assertEquals(3, relay.publishBatch());
        assertEquals(0, relay.publishBatch(), "drained: the position goes past them, now settled");

        assertEquals(0L, unsentOf(instance));
        assertTrue(position() >= Collections.max(pages.keySet()), "every row up to the position is sent");
        assertEquals(pages, pagesOf(instance), "each row's new version on its page");
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select indexrelid::regclass::text from pg_index where indrelid = 'outbox_event'::regclass
                    and pg_get_indexdef(indexrelid) like '%sent_at%'""", String.class).getResultList()),
                "and no index names sent_at: the mark is a HOT update, it writes no index entry");
        assertEquals(List.of("one", "two", "three"), published(instance, 3));
    }

    @Test
    void a_row_re_queued_below_the_position_moves_it_back_and_is_published_at_the_next_batch() throws Exception {
        OutboxRelay relay = anotherInstance();
        UUID instance = UUID.randomUUID();
        long setAside;
        try (Connection operations = ScriptConnection.open()) {
            operations.setAutoCommit(true);
            insert(operations, instance, "set aside", true);
            append(UUID.randomUUID(), "other 1", "other 2");
            assertEquals(2, relay.publishBatch());
            assertEquals(0, relay.publishBatch());
            setAside = seqOf(instance);
            assertTrue(position() > setAside, "the relay went past it");

            // operations fixed the cause and re-queue it (docs/running.md)
            operations.createStatement().executeUpdate("update outbox_event set rejected_at = null, rejection = null"
                    + " where aggregate_id = '" + instance + "'");
        }

        assertEquals(setAside - 1, position(), "moved back below it by the re-queue");
        assertEquals(1, relay.publishBatch(), "the rows in between are sent: only it is read");
        assertEquals(List.of("set aside"), published(instance, 1));
        assertEquals(0L, unsentOf(instance));
    }

    /** The relay's position: every row up to it is sent or set aside (migration V0_16). */
    private long position() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select seq from outbox_relay_position").getSingleResult()).longValue());
    }

    /** The seq of the instance's only row. */
    private long seqOf(UUID instance) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select seq from outbox_event where aggregate_id = :id")
                .setParameter("id", instance.toString()).getSingleResult()).longValue());
    }

    /** The page (heap block) each of the instance's rows is on, by seq. */
    private Map<Long, Long> pagesOf(UUID instance) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select seq, (ctid::text::point)[0]::bigint from outbox_event where aggregate_id = :id", Object[].class)
                .setParameter("id", instance.toString()).getResultList());
        Map<Long, Long> pages = new java.util.TreeMap<>();
        rows.forEach(row -> pages.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return pages;
    }

    /** An outbox row written by plain SQL on the caller's connection (committed with it), set aside if asked. */
    private static void insert(Connection connection, UUID instance, String text, boolean setAside) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, subject, occurred_at,
                                          payload, rejected_at, rejection)
                values (gen_random_uuid(), ?, 'test', ?, 'com.handbookflow.test.note', 'note', now(),
                        jsonb_build_object('text', ?::text), case when ? then now() end, case when ? then 'test' end)""")) {
            insert.setString(1, TOPIC);
            insert.setString(2, instance.toString());
            insert.setString(3, text);
            insert.setBoolean(4, setAside);
            insert.setBoolean(5, setAside);
            insert.executeUpdate();
        }
    }

    /**
     * A relay as another instance of the service would run it: made by CDI with the same collaborators as the
     * service's own, but with its own connection, lock and producer.
     */
    @SuppressWarnings("unchecked")
    private OutboxRelay anotherInstance() {
        Bean<OutboxRelay> bean = (Bean<OutboxRelay>) beans.resolve(beans.getBeans(OutboxRelay.class));
        OutboxRelay relay = bean.create(beans.createCreationalContext(bean));
        relay.ensureTopics();
        relays.add(relay);
        return relay;
    }

    /** Retries while the restarted broker comes back. */
    private static int awaitPublished(OutboxRelay relay) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return relay.publishBatch();
            } catch (RuntimeException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    private void append(UUID instance, String... texts) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String text : texts) {
                outbox.append(TOPIC, new OutboxRelayTest.Note(UUID.randomUUID(), instance, text));
            }
        });
    }

    /** The texts of the instance's events in the order of their first delivery (consumers de-duplicate by ce_id). */
    private List<String> published(UUID instance, int count) {
        try (TopicReader topic = TopicReader.of(TOPIC)) {
            List<ConsumerRecord<String, String>> records = topic.awaitKey(instance.toString(), count, Duration.ofSeconds(30));
            Map<String, String> firstDeliveries = new java.util.LinkedHashMap<>();
            records.forEach(r -> firstDeliveries.putIfAbsent(header(r, "ce_id"), text(r)));
            return List.copyOf(firstDeliveries.values());
        }
    }

    private String text(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value()).get("text").asText();
        } catch (Exception e) {
            throw new AssertionError(record.value(), e);
        }
    }

    private long unsentOf(UUID instance) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from outbox_event where aggregate_id = :id and sent_at is null and rejected_at is null")
                .setParameter("id", instance.toString()).getSingleResult()).longValue());
    }

    /** The backend holding the relays' advisory lock, as an operator finds it in pg_locks. */
    private int lockHolder() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                        select pid from pg_locks
                        where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())
                          and ((classid::bigint << 32) | objid::bigint) = :key""")
                .setParameter("key", RelayConnection.LOCK).getSingleResult()).intValue());
    }

    private List<String> relayConnectionStates() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select state from pg_stat_activity
                        where datname = current_database() and application_name = 'outbox-relay'""", String.class)
                .getResultList());
    }

    private void terminate(int backend) {
        // waits until the backend has ended, and with it the session's lock
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("select pg_terminate_backend(:pid, 10000)")
                .setParameter("pid", backend).getSingleResult());
    }
}
