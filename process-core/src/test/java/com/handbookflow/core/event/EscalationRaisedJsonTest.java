package com.handbookflow.core.event;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.handbookflow.core.engine.Actor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Events are versioned by adding optional fields only: an escalation without named targets reads as before. */
class EscalationRaisedJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final UUID EVENT = UUID.fromString("3f0c2a9e-5d1b-4c1e-9a57-0d3c8b1f2e10");
    private static final UUID INSTANCE = UUID.fromString("8a7d0c1e-2b3f-4a5b-8c6d-7e8f9a0b1c2d");

    @Test
    void a_major_complaint_escalation_serialises_byte_for_byte_as_before_named_targets() throws Exception {
        EscalationRaised major = new EscalationRaised(EVENT, Instant.parse("2026-03-02T01:05:00Z"), "complaint", INSTANCE,
                "TS20260302-0001", "CLASSIFY", "product", List.of("DEPARTMENT_HEAD", "LEADER_IN_CHARGE"),
                "Major complaint: defect", "重大投诉：缺陷", new Actor("u1", "张敏", "customer-service"),
                Map.of("grade", "MAJOR"));

        assertEquals("{\"eventId\":\"3f0c2a9e-5d1b-4c1e-9a57-0d3c8b1f2e10\",\"occurredAt\":\"2026-03-02T01:05:00Z\","
                        + "\"processType\":\"complaint\",\"instanceId\":\"8a7d0c1e-2b3f-4a5b-8c6d-7e8f9a0b1c2d\","
                        + "\"businessNumber\":\"TS20260302-0001\",\"nodeKey\":\"CLASSIFY\",\"department\":\"product\","
                        + "\"levels\":[\"DEPARTMENT_HEAD\",\"LEADER_IN_CHARGE\"],\"reason\":\"Major complaint: defect\","
                        + "\"reasonZh\":\"重大投诉：缺陷\",\"actor\":{\"userId\":\"u1\",\"name\":\"张敏\","
                        + "\"department\":\"customer-service\"},\"attributes\":{\"grade\":\"MAJOR\"}}",
                JSON.writeValueAsString(major));
    }

    @Test
    void a_project_escalation_names_the_supervising_department_and_the_project_leader() throws Exception {
        EscalationRaised delayed = new EscalationRaised(EVENT, Instant.parse("2026-06-16T01:00:00Z"), "project", INSTANCE,
                "PRJ2026001", "PROGRESS", "technology", null, "Task delayed", "任务延期", Actor.SYSTEM, Map.of())
                .withTargets(List.of(EscalationTarget.department("operations-management"), EscalationTarget.person("u9"),
                        EscalationTarget.role("LEADER_IN_CHARGE", "marketing")));

        String json = JSON.writeValueAsString(delayed);

        assertEquals(true, json.endsWith(",\"targets\":[{\"kind\":\"DEPARTMENT\",\"code\":\"operations-management\"},"
                + "{\"kind\":\"PERSON\",\"code\":\"u9\"},"
                + "{\"kind\":\"ROLE\",\"code\":\"LEADER_IN_CHARGE\",\"department\":\"marketing\"}]}"), json);
        assertEquals(delayed, JSON.readValue(json, EscalationRaised.class));
        assertEquals(null, JSON.readValue(JSON.writeValueAsString(delayed.withTargets(null)), EscalationRaised.class).targets());
    }
}
