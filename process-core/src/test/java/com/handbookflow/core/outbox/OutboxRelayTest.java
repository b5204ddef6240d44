package com.handbookflow.core.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.event.EventTypes;
import com.handbookflow.core.event.ProcessEvent;
import com.handbookflow.core.testing.KafkaBrokerResource;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.core.testing.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OutboxRelayTest {

    private static final String TOPIC = "test.node-state";
    private static final List<Map<String, String>> REQUEST_FORM = List.of(Map.of("key", "request-form"));

    @Inject
    EntityManager entityManager;

    @Inject
    MutableClock clock;

    @Inject
    Outbox outbox;

    @Inject
    OutboxBacklog backlog;

    @Inject
    OutboxRelay relay;

    @Inject
    EventsConfig config;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void now() {
        clock.setShanghai("2026-03-02T09:00");
    }

    @Test
    void every_state_change_reaches_the_topic_as_a_cloud_event_keyed_by_instance() throws Exception {
        String id = start();
        submitDraft(id);

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            List<ConsumerRecord<String, String>> events = topic.awaitKey(id, 3, Duration.ofSeconds(20));

            ConsumerRecord<String, String> first = events.get(0);
            assertEquals("1.0", header(first, "ce_specversion"));
            assertEquals(EventTypes.NODE_STATE_CHANGED, header(first, "ce_type"));
            assertEquals("/process-core-test", header(first, "ce_source"));
            assertEquals("application/json", header(first, "content-type"));
            assertTrue(header(first, "ce_subject").endsWith("/DRAFT"));
            assertEquals(3, new HashSet<>(events.stream().map(r -> header(r, "ce_id")).toList()).size());

            JsonNode activated = json.readTree(first.value());
            assertEquals(id, activated.get("instanceId").asText());
            assertEquals("DRAFT", activated.get("nodeKey").asText());
            assertEquals("起草申请", activated.get("nodeNameZh").asText());
            assertEquals("ACTIVE", activated.get("newState").asText());
            assertEquals("P3WD", activated.get("limit").asText());
            assertEquals("2026-03-05T10:00:00Z", activated.get("dueAt").asText());
            assertEquals("HIGH", activated.get("attributes").get("priority").asText());
            assertEquals(header(first, "ce_id"), activated.get("eventId").asText());

            List<String> sequence = events.stream().map(r -> read(r).get("nodeKey").asText() + ":"
                    + read(r).get("newState").asText()).toList();
            assertEquals(List.of("DRAFT:ACTIVE", "DRAFT:COMPLETED", "REVIEW:ACTIVE"), sequence);
        }
    }

    @Test
    void events_written_while_kafka_is_unreachable_are_all_delivered_in_order_once_it_is_back() throws Exception {
        Assumptions.assumeTrue(KafkaBrokerResource.cluster() != null, "needs the in-JVM broker to stop it");
        BrokerServer broker = KafkaBrokerResource.cluster().brokers().values().iterator().next();
        broker.shutdown();
        broker.awaitShutdown();
        String id;
        try {
            id = start();
            submitDraft(id);
            given().contentType(ContentType.JSON)
                    .body(Map.of("outcome", "needs-changes", "outputs", List.of(Map.of("key", "review-form"))))
                    .post("/test/approvals/{id}/nodes/REVIEW/completion", id).then().statusCode(200);

            assertEquals(5L, unsentEventsOf(id), "the changes committed; their events wait in the outbox");
        } finally {
            broker.startup();
        }

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            List<ConsumerRecord<String, String>> events = topic.awaitKey(id, 5, Duration.ofSeconds(60));
            // Delivery is at-least-once: a consumer de-duplicates by ce_id, and then sees the order of the changes.
            Map<String, String> firstDeliveries = new java.util.LinkedHashMap<>();
            events.forEach(r -> firstDeliveries.putIfAbsent(header(r, "ce_id"),
                    read(r).get("nodeKey").asText() + ":" + read(r).get("newState").asText()));
            assertEquals(List.of("DRAFT:ACTIVE", "DRAFT:COMPLETED", "REVIEW:ACTIVE", "REVIEW:RETURNED", "DRAFT:ACTIVE"),
                    List.copyOf(firstDeliveries.values()));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> unsentEventsOf(id) == 0L);
    }

    @Test
    void an_event_kafka_will_never_accept_is_set_aside_and_the_events_after_it_go_on() throws Exception {
        UUID instance = UUID.randomUUID();
        String tooLarge = "x".repeat(2 * 1024 * 1024); // Kafka's producer and topic accept 1 MB by default
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.append(TOPIC, new Note(UUID.randomUUID(), instance, "before"));
            outbox.append(TOPIC, new Note(UUID.randomUUID(), instance, tooLarge));
            outbox.append(TOPIC, new Note(UUID.randomUUID(), instance, "after"));
        });

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            List<ConsumerRecord<String, String>> published = topic.awaitKey(instance.toString(), 2, Duration.ofSeconds(20));
            assertEquals(List.of("before", "after"), published.stream().map(r -> read(r).get("text").asText()).toList());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> unsentEventsOf(instance.toString()) == 0L);
        List<String> rejections = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select rejection from outbox_event where aggregate_id = :id and rejected_at is not null",
                        String.class)
                .setParameter("id", instance.toString()).getResultList());
        assertEquals(1, rejections.size(), "the large event is kept, set aside, not sent and not lost");
        assertTrue(rejections.get(0).startsWith("RecordTooLargeException"), rejections.get(0));
        assertTrue(backlog.now().rejected() >= 1, "counted for the alert");
    }

    @Test
    void the_purge_deletes_the_rows_sent_longer_ago_than_the_retention_and_keeps_the_others() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        UUID setAside = UUID.randomUUID();
        appendAndAwaitSent(old);
        clock.advance(config.relay().retention().plusDays(1));
        appendAndAwaitSent(recent);
        await().atMost(Duration.ofSeconds(10)).until(() -> position() >= seqOf(old));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, occurred_at,
                                                  payload, rejected_at, rejection)
                        values (gen_random_uuid(), 'test.node-state', 'test', :id, 'test', now(), '{}', now(), 'test')""")
                .setParameter("id", setAside.toString()).executeUpdate());

        relay.purge();

        assertEquals(0L, rowsOf(old), "sent more than the retention ago");
        assertEquals(1L, rowsOf(recent), "sent within the retention");
        assertEquals(1L, rowsOf(setAside), "set aside: never purged");
    }

    private void appendAndAwaitSent(UUID instance) {
        QuarkusTransaction.requiringNew().run(() -> outbox.append(TOPIC, new Note(UUID.randomUUID(), instance, "purge")));
        await().atMost(Duration.ofSeconds(20)).until(() -> unsentEventsOf(instance.toString()) == 0L);
    }

    private long rowsOf(UUID instance) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_event where aggregate_id = :id").setParameter("id", instance.toString())
                .getSingleResult()).longValue());
    }

    private long position() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select seq from outbox_relay_position").getSingleResult()).longValue());
    }

    private long seqOf(UUID instance) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select seq from outbox_event where aggregate_id = :id").setParameter("id", instance.toString())
                .getSingleResult()).longValue());
    }

    /** A test event whose size the test chooses. */
    record Note(UUID eventId, UUID instanceId, String text) implements ProcessEvent {
        @Override
        public Instant occurredAt() {
            return Instant.parse("2026-03-02T01:00:00Z");
        }

        @Override
        public String processType() {
            return "test";
        }

        @Override
        public String type() {
            return "com.handbookflow.test.note";
        }

        @Override
        public String subject() {
            return "note/" + instanceId;
        }
    }

    private long unsentEventsOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(e) from OutboxEvent e where e.aggregateId = :id and e.sentAt is null and e.rejectedAt is null", Long.class)
                .setParameter("id", id).getSingleResult());
    }

    private String start() {
        return given().post("/test/approvals").then().statusCode(200).extract().path("id");
    }

    private void submitDraft(String id) {
        given().contentType(ContentType.JSON).body(Map.of("outcome", "submitted", "outputs", REQUEST_FORM))
                .post("/test/approvals/{id}/nodes/DRAFT/completion", id).then().statusCode(200);
    }

    private JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError("event body is not JSON: " + record.value(), e);
        }
    }
}
