package com.handbookflow.core.event;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.InstanceStatus;
import com.handbookflow.core.engine.NodeOutput;
import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.json.RequestJson;
import com.handbookflow.core.obligation.ObligationState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The two state events consumers read field by field: their JSON stays byte-for-byte what it was when
 * they were built positionally with states and limits as strings (the expected texts were captured
 * then), and reads back into an equal event.
 */
class StateEventsJsonTest {

    private static final ObjectMapper JSON = outboxJson();
    private static final UUID EVENT = UUID.fromString("3f0c2a9e-5d1b-4c1e-9a57-0d3c8b1f2e10");
    private static final UUID INSTANCE = UUID.fromString("8a7d0c1e-2b3f-4a5b-8c6d-7e8f9a0b1c2d");
    private static final Actor ACTOR = new Actor("u1", "张敏", "customer-service");

    /** The outbox's mapper: Quarkus' defaults and the kit's customizer. */
    private static ObjectMapper outboxJson() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        new RequestJson().customize(mapper);
        return mapper;
    }

    private static Map<String, Object> attributes() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("grade", "MAJOR");
        attributes.put("round", 2);
        attributes.put("urgent", true);
        return attributes;
    }

    static NodeStateChanged completedNode() {
        return NodeStateChanged.builder()
                .eventId(EVENT).occurredAt(Instant.parse("2026-03-04T09:30:00Z"))
                .processType("complaint").instanceId(INSTANCE).businessNumber("TS20260302-0001")
                .nodeKey("HANDLE").nodeNameZh("处理").nodeNameEn("Handling").attempt(2)
                .previousState(NodeState.ACTIVE).newState(NodeState.RETURNED)
                .responsibleDepartment("product").responsiblePerson("u7")
                .cooperatingDepartments(List.of("quality", "sales"))
                .startedAt(Instant.parse("2026-03-02T01:05:00Z")).dueAt(Instant.parse("2026-03-05T10:00:00Z"))
                .limit(LimitSpec.ofWorkingDays(3)).calendarVersion("cn-2026.1")
                .completedAt(Instant.parse("2026-03-04T09:30:00Z")).onTime(true).outcome("REWORK")
                .outputs(List.of(new NodeOutput("handling-plan", "dms://complaints/TS20260302-0001/handling-plan.pdf")))
                .requiredOutputs(List.of("handling-plan")).override(true)
                .instanceStatus(InstanceStatus.ENDED).endState("CLOSED")
                .actor(ACTOR).comment("passed over by the supervisor").attributes(attributes())
                .build();
    }

    static NodeStateChanged activatedNode() {
        return NodeStateChanged.builder()
                .eventId(EVENT).occurredAt(Instant.parse("2026-03-02T01:05:00Z"))
                .processType("complaint").instanceId(INSTANCE).businessNumber("TS20260302-0001")
                .nodeKey("CLASSIFY").nodeNameZh("分类").nodeNameEn("Classification").attempt(1)
                .newState(NodeState.ACTIVE).responsibleDepartment("customer-service")
                .cooperatingDepartments(List.of())
                .startedAt(Instant.parse("2026-03-02T01:05:00Z")).dueAt(Instant.parse("2026-03-02T03:05:00Z"))
                .limit(LimitSpec.parse("PT2H")).calendarVersion("cn-2026.1")
                .outputs(List.of()).requiredOutputs(List.of())
                .instanceStatus(InstanceStatus.ACTIVE).actor(Actor.SYSTEM).attributes(Map.of())
                .build();
    }

    static ObligationChanged fulfilledObligation() {
        return ObligationChanged.builder()
                .eventId(EVENT).occurredAt(Instant.parse("2026-03-04T09:30:00Z"))
                .processType("complaint").instanceId(INSTANCE).businessNumber("TS20260302-0001")
                .obligationKey("customer-update-1").kind("CUSTOMER_UPDATE").nameZh("客户进度更新").nameEn("Customer update")
                .state(ObligationState.FULFILLED).responsibleDepartment("customer-service").responsiblePerson("u3")
                .startedAt(Instant.parse("2026-03-02T01:05:00Z")).dueAt(Instant.parse("2026-03-04T01:05:00Z"))
                .limit(LimitSpec.ofCalendarDays(2)).calendarVersion("cn-2026.1")
                .completedAt(Instant.parse("2026-03-04T09:30:00Z")).onTime(false)
                .actor(ACTOR).attributes(attributes())
                .build();
    }

    static ObligationChanged openedObligation() {
        return ObligationChanged.builder()
                .eventId(EVENT).occurredAt(Instant.parse("2026-03-02T01:05:00Z"))
                .processType("project").instanceId(INSTANCE).businessNumber("PRJ2026001")
                .obligationKey("task-T2").kind("TASK").nameZh("任务 T2").nameEn("Task T2")
                .state(ObligationState.OPEN).responsibleDepartment("technology")
                .dueAt(Instant.parse("2026-06-16T10:00:00Z"))
                .actor(Actor.SYSTEM).attributes(Map.of())
                .build();
    }

    @Test
    void a_node_event_with_every_field_serialises_as_before() throws Exception {
        assertEquals("""
                {"eventId":"3f0c2a9e-5d1b-4c1e-9a57-0d3c8b1f2e10",\
                "occurredAt":"2026-03-04T09:30:00Z",\
                "processType":"complaint",\
                "instanceId":"8a7d0c1e-2b3f-4a5b-8c6d-7e8f9a0b1c2d",\
                "businessNumber":"TS20260302-0001",\
                "nodeKey":"HANDLE",\
                "nodeNameZh":"处理",\
                "nodeNameEn":"Handling",\
                "attempt":2,\
                "previousState":"ACTIVE",\
                "newState":"RETURNED",\
                "responsibleDepartment":"product",\
                "responsiblePerson":"u7",\
                "cooperatingDepartments":["quality","sales"],\
                "startedAt":"2026-03-02T01:05:00Z",\
                "dueAt":"2026-03-05T10:00:00Z",\
                "limit":"P3WD",\
                "calendarVersion":"cn-2026.1",\
                "completedAt":"2026-03-04T09:30:00Z",\
                "onTime":true,\
                "outcome":"REWORK",\
                "outputs":[{"key":"handling-plan",\
                "reference":"dms://complaints/TS20260302-0001/handling-plan.pdf"}],\
                "requiredOutputs":["handling-plan"],\
                "override":true,\
                "instanceStatus":"ENDED",\
                "endState":"CLOSED",\
                "actor":{"userId":"u1",\
                "name":"张敏",\
                "department":"customer-service"},\
                "comment":"passed over by the supervisor",\
                "attributes":{"grade":"MAJOR",\
                "round":2,\
                "urgent":true}}""",
                JSON.writeValueAsString(completedNode()));
    }

    @Test
    void a_just_activated_node_leaves_out_what_it_does_not_have_yet() throws Exception {
        assertEquals("""
                {"eventId":"3f0c2a9e-5d1b-4c1e-9a57-0d3c8b1f2e10",\
                "occurredAt":"2026-03-02T01:05:00Z",\
                "processType":"complaint",\
                "instanceId":"8a7d0c1e-2b3f-4a5b-8c6d-7e8f9a0b1c2d",\
                "businessNumber":"TS20260302-0001",\
                "nodeKey":"CLASSIFY",\
                "nodeNameZh":"分类",\
                "nodeNameEn":"Classification",\
                "attempt":1,\
                "newState":"ACTIVE",\
                "responsibleDepartment":"customer-service",\
                "cooperatingDepartments":[],\
                "startedAt":"2026-03-02T01:05:00Z",\
                "dueAt":"2026-03-02T03:05:00Z",\
                "limit":"PT2H",\
                "calendarVersion":"cn-2026.1",\
                "outputs":[],\
                "requiredOutputs":[],\
                "override":false,\
                "instanceStatus":"ACTIVE",\
                "actor":{"userId":"system",\
                "name":"系统 System",\
                "department":null},\
                "attributes":{}}""",
                JSON.writeValueAsString(activatedNode()));
    }

    @Test
    void an_obligation_event_with_every_field_serialises_as_before() throws Exception {
        assertEquals("""
                {"eventId":"3f0c2a9e-5d1b-4c1e-9a57-0d3c8b1f2e10",\
                "occurredAt":"2026-03-04T09:30:00Z",\
                "processType":"complaint",\
                "instanceId":"8a7d0c1e-2b3f-4a5b-8c6d-7e8f9a0b1c2d",\
                "businessNumber":"TS20260302-0001",\
                "obligationKey":"customer-update-1",\
                "kind":"CUSTOMER_UPDATE",\
                "nameZh":"客户进度更新",\
                "nameEn":"Customer update",\
                "state":"FULFILLED",\
                "responsibleDepartment":"customer-service",\
                "responsiblePerson":"u3",\
                "startedAt":"2026-03-02T01:05:00Z",\
                "dueAt":"2026-03-04T01:05:00Z",\
                "limit":"P2D",\
                "calendarVersion":"cn-2026.1",\
                "completedAt":"2026-03-04T09:30:00Z",\
                "onTime":false,\
                "actor":{"userId":"u1",\
                "name":"张敏",\
                "department":"customer-service"},\
                "attributes":{"grade":"MAJOR",\
                "round":2,\
                "urgent":true}}""",
                JSON.writeValueAsString(fulfilledObligation()));
    }

    @Test
    void an_opened_obligation_without_owner_or_limit_leaves_them_out() throws Exception {
        assertEquals("""
                {"eventId":"3f0c2a9e-5d1b-4c1e-9a57-0d3c8b1f2e10",\
                "occurredAt":"2026-03-02T01:05:00Z",\
                "processType":"project",\
                "instanceId":"8a7d0c1e-2b3f-4a5b-8c6d-7e8f9a0b1c2d",\
                "businessNumber":"PRJ2026001",\
                "obligationKey":"task-T2",\
                "kind":"TASK",\
                "nameZh":"任务 T2",\
                "nameEn":"Task T2",\
                "state":"OPEN",\
                "responsibleDepartment":"technology",\
                "dueAt":"2026-06-16T10:00:00Z",\
                "actor":{"userId":"system",\
                "name":"系统 System",\
                "department":null},\
                "attributes":{}}""",
                JSON.writeValueAsString(openedObligation()));
    }

    @Test
    void node_events_read_back_equal() throws Exception {
        for (NodeStateChanged event : List.of(completedNode(), activatedNode())) {
            assertEquals(event, JSON.readValue(JSON.writeValueAsString(event), NodeStateChanged.class));
        }
    }

    @Test
    void obligation_events_read_back_equal() throws Exception {
        for (ObligationChanged event : List.of(fulfilledObligation(), openedObligation())) {
            assertEquals(event, JSON.readValue(JSON.writeValueAsString(event), ObligationChanged.class));
        }
    }
}
