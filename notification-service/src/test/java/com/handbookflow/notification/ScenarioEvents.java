package com.handbookflow.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.NodeOutput;
import com.handbookflow.core.event.CloudEventHeaders;
import com.handbookflow.core.event.EscalationRaised;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.event.ProcessEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes scenario events as the scenario services' relays do: CloudEvents binary mode, keyed by instance. */
public final class ScenarioEvents implements AutoCloseable {

    public static final String COMPLAINT_TOPIC = "complaint.node-state";

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));

    /** A local date-time in Asia/Shanghai, e.g. {@code "2026-03-05T18:00"}. */
    public static Instant shanghai(String local) {
        return java.time.LocalDateTime.parse(local).atZone(com.handbookflow.core.testing.MutableClock.SHANGHAI).toInstant();
    }

    /** A node of a complaint opened. */
    public static NodeStateChanged activated(UUID instance, String number, String node, String department,
                                             String person, Instant startedAt, Instant dueAt, String limit) {
        return activated(instance, number, node, department, person, startedAt, dueAt, limit, Map.of("grade", "GENERAL"));
    }

    /** A node of a complaint opened, the case carrying {@code attributes} (e.g. its urgency). */
    public static NodeStateChanged activated(UUID instance, String number, String node, String department,
                                             String person, Instant startedAt, Instant dueAt, String limit,
                                             Map<String, Object> attributes) {
        return new NodeStateChanged(UUID.randomUUID(), startedAt, "complaint", instance, number, node, node + "-zh",
                node + "-en", 1, null, "ACTIVE", department, person, List.of(), startedAt, dueAt, limit, "CN-2026.1",
                null, null, null, null, List.of(), false, "RUNNING", null, Actor.SYSTEM, null, attributes);
    }

    /** The same node, closed in {@code state} at {@code at}. */
    public static NodeStateChanged closed(NodeStateChanged active, String state, Instant at, Map<String, Object> attributes,
                                          List<NodeOutput> outputs, List<String> required, boolean override) {
        return new NodeStateChanged(UUID.randomUUID(), at, active.processType(), active.instanceId(),
                active.businessNumber(), active.nodeKey(), active.nodeNameZh(), active.nodeNameEn(), active.attempt(),
                "ACTIVE", state, active.responsibleDepartment(), active.responsiblePerson(), List.of(),
                active.startedAt(), active.dueAt(), active.limit(), active.calendarVersion(), at,
                !at.isAfter(active.dueAt()), "done", outputs, required, override, "RUNNING", null, Actor.SYSTEM, null,
                attributes);
    }

    /** The node changed hands or due date while active. */
    public static NodeStateChanged reassigned(NodeStateChanged active, String person, Instant dueAt, Instant at) {
        return new NodeStateChanged(UUID.randomUUID(), at, active.processType(), active.instanceId(),
                active.businessNumber(), active.nodeKey(), active.nodeNameZh(), active.nodeNameEn(), active.attempt(),
                "ACTIVE", "ACTIVE", active.responsibleDepartment(), person, List.of(), active.startedAt(), dueAt,
                active.limit(), active.calendarVersion(), null, null, null, null, List.of(), false, "RUNNING", null,
                Actor.SYSTEM, "reassigned", active.attributes());
    }

    /** The recurring customer update of a complaint in {@code state}. */
    public static com.handbookflow.core.event.ObligationChanged customerUpdate(UUID instance, String number, String state,
                                                                               Instant startedAt, Instant dueAt) {
        return obligation(instance, number, "CUSTOMER_UPDATE", "CUSTOMER_UPDATE", "客户进度更新", "Customer update", state,
                "customer-service", "u4002", startedAt, dueAt, "OPEN".equals(state) ? null : startedAt);
    }

    /** An obligation of a complaint (customer update, improvement measure, monthly review...) in {@code state}. */
    public static com.handbookflow.core.event.ObligationChanged obligation(UUID instance, String number, String key,
                                                                           String kind, String nameZh, String nameEn,
                                                                           String state, String department, String person,
                                                                           Instant at, Instant dueAt, Instant completedAt) {
        return new com.handbookflow.core.event.ObligationChanged(UUID.randomUUID(), at, "complaint", instance,
                number, key, kind, nameZh, nameEn, state, department, person, at, dueAt, "P2D", "CN-2026.1",
                completedAt, null, Actor.SYSTEM, Map.of());
    }

    /** The last node of a case completed: the instance ended (closed). */
    public static NodeStateChanged caseEnded(String processType, UUID instance, String number, String department,
                                             Instant at) {
        return new NodeStateChanged(UUID.randomUUID(), at, processType, instance, number, "CLOSE", "闭环归档", "Closure",
                1, "ACTIVE", "COMPLETED", department, "u1", List.of(), at.minusSeconds(3600), at.plusSeconds(3600),
                "P1WD", "CN-2026.1", at, true, "closed", List.of(), List.of(), false, "ENDED", "CLOSED", Actor.SYSTEM,
                null, Map.of());
    }

    public static NodeStateChanged completed(NodeStateChanged active, Instant at) {
        return closed(active, "COMPLETED", at, Map.of(), List.of(), List.of(), false);
    }

    public static EscalationRaised majorComplaint(UUID instance, String number, String department, Instant at) {
        return new EscalationRaised(UUID.randomUUID(), at, "complaint", instance, number, "CLASSIFY", department,
                List.of("DEPARTMENT_HEAD", "LEADER_IN_CHARGE"), "major complaint", "重大投诉", Actor.SYSTEM,
                Map.of("grade", "MAJOR"));
    }

    public void send(ProcessEvent event) {
        send(event, event.type(), event.eventId().toString());
    }

    /** Sends with explicit type and id headers (a duplicate keeps the id; an unknown type tests the skip). */
    public void send(ProcessEvent event, String type, String id) {
        send(event, type, id, Map.of());
    }

    /** Sends with further headers, e.g. the W3C {@code traceparent} a scenario service's relay adds. */
    public void send(ProcessEvent event, Map<String, String> headers) {
        send(event, event.type(), event.eventId().toString(), headers);
    }

    private void send(ProcessEvent event, String type, String id, Map<String, String> headers) {
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(COMPLAINT_TOPIC, event.instanceId().toString(),
                    json.writeValueAsBytes(event));
            header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
            header(record, CloudEventHeaders.ID, id);
            header(record, CloudEventHeaders.SOURCE, "/complaint-service");
            header(record, CloudEventHeaders.TYPE, type);
            header(record, CloudEventHeaders.SUBJECT, event.subject());
            header(record, CloudEventHeaders.TIME, event.occurredAt().toString());
            header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            headers.forEach((name, value) -> header(record, name, value));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the test event", e);
        }
    }

    /**
     * Publishes a payload byte for byte as a scenario service's relay does (e.g. an event recorded in
     * launch-service's golden file), with its CloudEvents headers.
     */
    public void sendRaw(String topic, String key, String type, String id, String source, String subject, Instant time,
                        String payload) {
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key,
                    payload.getBytes(StandardCharsets.UTF_8));
            header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
            header(record, CloudEventHeaders.ID, id);
            header(record, CloudEventHeaders.SOURCE, source);
            header(record, CloudEventHeaders.TYPE, type);
            header(record, CloudEventHeaders.SUBJECT, subject);
            header(record, CloudEventHeaders.TIME, time.toString());
            header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the test event", e);
        }
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        producer.close();
    }
}
