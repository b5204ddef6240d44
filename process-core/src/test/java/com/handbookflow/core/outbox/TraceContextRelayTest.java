package com.handbookflow.core.outbox;

import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.TopicReader;
import com.handbookflow.core.tracing.TraceContext;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.handbookflow.core.testing.TopicReader.header;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The W3C trace context of an act travels from its REST request through the outbox row to the Kafka headers. */
@QuarkusTest
class TraceContextRelayTest {

    private static final String TOPIC = "test.node-state";
    private static final String START_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SUBMIT_TRACE = "0af7651916cd43dd8448eb211c80319c";

    @Inject
    EntityManager entityManager;

    @Inject
    MutableClock clock;

    @BeforeEach
    void now() {
        clock.setShanghai("2026-03-02T09:00");
    }

    @Test
    void an_act_sent_with_a_traceparent_produces_records_of_the_same_trace() throws Exception {
        String id = given().header("traceparent", "00-" + START_TRACE + "-00f067aa0ba902b7-01")
                .post("/test/approvals").then().statusCode(200).extract().path("id");
        given().header("traceparent", "00-" + SUBMIT_TRACE + "-b7ad6b7169203331-01")
                .header("tracestate", "handbook=complaint")
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "submitted", "outputs", List.of(Map.of("key", "request-form"))))
                .post("/test/approvals/{id}/nodes/DRAFT/completion", id).then().statusCode(200);

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            List<ConsumerRecord<String, String>> events = topic.awaitKey(id, 3, Duration.ofSeconds(20));

            assertEquals(List.of(START_TRACE, SUBMIT_TRACE, SUBMIT_TRACE),
                    events.stream().map(r -> trace(r).traceId()).toList(), "each record continues the act that caused it");
            assertEquals("handbook=complaint", header(events.get(1), "tracestate"));
            // the relay's publish is a span of its own in the act's trace, not the caller's span
            assertNotEquals("b7ad6b7169203331", trace(events.get(1)).spanContext().getSpanId());
            // by default nothing is recorded or exported (no collector runs), even for a caller's sampled trace
            assertFalse(trace(events.get(1)).spanContext().isSampled());
        }
    }

    @Test
    void the_outbox_row_keeps_the_trace_of_the_transaction_that_wrote_it() {
        String id = given().header("traceparent", "00-" + START_TRACE + "-00f067aa0ba902b7-01")
                .post("/test/approvals").then().statusCode(200).extract().path("id");

        String stored = (String) entityManager.createNativeQuery(
                        "select traceparent from outbox_event where aggregate_id = :id order by seq")
                .setParameter("id", id).setMaxResults(1).getSingleResult();
        assertEquals(START_TRACE, TraceContext.of(stored, null).traceId());
    }

    private static TraceContext trace(ConsumerRecord<String, String> record) {
        TraceContext trace = TraceContext.of(header(record, "traceparent"), header(record, "tracestate"));
        assertNotNull(trace, "record " + record.offset() + " carries a W3C traceparent");
        return trace;
    }
}
