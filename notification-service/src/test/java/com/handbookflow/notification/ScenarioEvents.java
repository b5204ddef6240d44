package com.handbookflow.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.InstanceStatus;
import com.handbookflow.core.engine.NodeOutput;
import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.event.CloudEventHeaders;
import com.handbookflow.core.event.EscalationRaised;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.event.ObligationChanged;
import com.handbookflow.core.event.ProcessEvent;
import com.handbookflow.core.obligation.ObligationState;
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
    private final String topic;

    /** Events of complaint-service, on {@value #COMPLAINT_TOPIC}. */
    public ScenarioEvents() {
        this(COMPLAINT_TOPIC);
    }

    /** Events on a topic of the test's own (one no consumer of the service reads). */
    public ScenarioEvents(String topic) {
        this.topic = topic;
    }

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
        return NodeStateChanged.builder()
                .eventId(UUID.randomUUID()).occurredAt(startedAt)
                .processType("complaint").instanceId(instance).businessNumber(number)
                .nodeKey(node).nodeNameZh(node + "-zh").nodeNameEn(node + "-en").attempt(1)
                .newState(NodeState.ACTIVE).responsibleDepartment(department).responsiblePerson(person)
                .cooperatingDepartments(List.of())
                .startedAt(startedAt).dueAt(dueAt).limit(LimitSpec.parse(limit)).calendarVersion("CN-2026.1")
                .requiredOutputs(List.of()).instanceStatus(InstanceStatus.ACTIVE)
                .actor(Actor.SYSTEM).attributes(attributes)
                .build();
    }

    /** The same node, closed in {@code state} at {@code at}. */
    public static NodeStateChanged closed(NodeStateChanged active, NodeState state, Instant at,
                                          Map<String, Object> attributes, List<NodeOutput> outputs,
                                          List<String> required, boolean override) {
        return active.toBuilder()
                .eventId(UUID.randomUUID()).occurredAt(at)
                .previousState(NodeState.ACTIVE).newState(state).cooperatingDepartments(List.of())
                .completedAt(at).onTime(!at.isAfter(active.dueAt())).outcome("done")
                .outputs(outputs).requiredOutputs(required).override(override)
                .instanceStatus(InstanceStatus.ACTIVE).actor(Actor.SYSTEM).comment(null).attributes(attributes)
                .build();
    }

    /** The node changed hands or due date while active. */
    public static NodeStateChanged reassigned(NodeStateChanged active, String person, Instant dueAt, Instant at) {
        return active.toBuilder()
                .eventId(UUID.randomUUID()).occurredAt(at)
                .previousState(NodeState.ACTIVE).newState(NodeState.ACTIVE)
                .responsiblePerson(person).cooperatingDepartments(List.of()).dueAt(dueAt)
                .completedAt(null).onTime(null).outcome(null).outputs(null).requiredOutputs(List.of()).override(false)
                .instanceStatus(InstanceStatus.ACTIVE).endState(null).actor(Actor.SYSTEM).comment("reassigned")
                .build();
    }

    /** The recurring customer update of a complaint in {@code state}. */
    public static ObligationChanged customerUpdate(UUID instance, String number, ObligationState state,
                                                   Instant startedAt, Instant dueAt) {
        return obligation(instance, number, "CUSTOMER_UPDATE", "CUSTOMER_UPDATE", "客户进度更新", "Customer update", state,
                "customer-service", "u4002", startedAt, dueAt, state == ObligationState.OPEN ? null : startedAt);
    }

    /** An obligation of a complaint (customer update, improvement measure, monthly review...) in {@code state}. */
    public static ObligationChanged obligation(UUID instance, String number, String key, String kind, String nameZh,
                                               String nameEn, ObligationState state, String department, String person,
                                               Instant at, Instant dueAt, Instant completedAt) {
        return ObligationChanged.builder()
                .eventId(UUID.randomUUID()).occurredAt(at)
                .processType("complaint").instanceId(instance).businessNumber(number)
                .obligationKey(key).kind(kind).nameZh(nameZh).nameEn(nameEn).state(state)
                .responsibleDepartment(department).responsiblePerson(person)
                .startedAt(at).dueAt(dueAt).limit(LimitSpec.ofCalendarDays(2)).calendarVersion("CN-2026.1")
                .completedAt(completedAt).actor(Actor.SYSTEM).attributes(Map.of())
                .build();
    }

    /** The last node of a case completed: the instance ended (closed). */
    public static NodeStateChanged caseEnded(String processType, UUID instance, String number, String department,
                                             Instant at) {
        return NodeStateChanged.builder()
                .eventId(UUID.randomUUID()).occurredAt(at)
                .processType(processType).instanceId(instance).businessNumber(number)
                .nodeKey("CLOSE").nodeNameZh("闭环归档").nodeNameEn("Closure").attempt(1)
                .previousState(NodeState.ACTIVE).newState(NodeState.COMPLETED)
                .responsibleDepartment(department).responsiblePerson("u1").cooperatingDepartments(List.of())
                .startedAt(at.minusSeconds(3600)).dueAt(at.plusSeconds(3600))
                .limit(LimitSpec.ofWorkingDays(1)).calendarVersion("CN-2026.1")
                .completedAt(at).onTime(true).outcome("closed").outputs(List.of()).requiredOutputs(List.of())
                .instanceStatus(InstanceStatus.ENDED).endState("CLOSED").actor(Actor.SYSTEM).attributes(Map.of())
                .build();
    }

    public static NodeStateChanged completed(NodeStateChanged active, Instant at) {
        return closed(active, NodeState.COMPLETED, at, Map.of(), List.of(), List.of(), false);
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
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.instanceId().toString(),
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
