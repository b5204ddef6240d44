package com.handbookflow.core.event;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.NodeOutput;
import com.handbookflow.core.json.RequestJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The two state events consumers read field by field: their JSON stays byte-for-byte what it was when
 * they were built positionally with states and limits as strings, and reads back into an equal event.
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
        return new NodeStateChanged(EVENT, Instant.parse("2026-03-04T09:30:00Z"), "complaint", INSTANCE,
                "TS20260302-0001", "HANDLE", "处理", "Handling", 2, "ACTIVE", "RETURNED", "product", "u7",
                List.of("quality", "sales"), Instant.parse("2026-03-02T01:05:00Z"), Instant.parse("2026-03-05T10:00:00Z"),
                "P3WD", "cn-2026.1", Instant.parse("2026-03-04T09:30:00Z"), true, "REWORK",
                List.of(new NodeOutput("handling-plan", "dms://complaints/TS20260302-0001/handling-plan.pdf")),
                List.of("handling-plan"), true, "ENDED", "CLOSED", ACTOR, "passed over by the supervisor",
                attributes());
    }

    static NodeStateChanged activatedNode() {
        return new NodeStateChanged(EVENT, Instant.parse("2026-03-02T01:05:00Z"), "complaint", INSTANCE,
                "TS20260302-0001", "CLASSIFY", "分类", "Classification", 1, null, "ACTIVE", "customer-service", null,
                List.of(), Instant.parse("2026-03-02T01:05:00Z"), Instant.parse("2026-03-02T03:05:00Z"), "PT2H",
                "cn-2026.1", null, null, null, List.of(), List.of(), false, "ACTIVE", null, Actor.SYSTEM, null,
                Map.of());
    }

    static ObligationChanged fulfilledObligation() {
        return new ObligationChanged(EVENT, Instant.parse("2026-03-04T09:30:00Z"), "complaint", INSTANCE,
                "TS20260302-0001", "customer-update-1", "CUSTOMER_UPDATE", "客户进度更新", "Customer update",
                "FULFILLED", "customer-service", "u3", Instant.parse("2026-03-02T01:05:00Z"),
                Instant.parse("2026-03-04T01:05:00Z"), "P2D", "cn-2026.1", Instant.parse("2026-03-04T09:30:00Z"), false,
                ACTOR, attributes());
    }

    static ObligationChanged openedObligation() {
        return new ObligationChanged(EVENT, Instant.parse("2026-03-02T01:05:00Z"), "project", INSTANCE, "PRJ2026001",
                "task-T2", "TASK", "任务 T2", "Task T2", "OPEN", "technology", null, null,
                Instant.parse("2026-06-16T10:00:00Z"), null, null, null, null, Actor.SYSTEM, Map.of());
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
