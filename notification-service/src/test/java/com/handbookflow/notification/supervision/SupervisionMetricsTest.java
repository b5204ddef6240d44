package com.handbookflow.notification.supervision;

import com.handbookflow.core.engine.NodeOutput;
import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.obligation.ObligationState;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/** After-sales complaints of May 2026, measured against the handbook's targets over REST and Prometheus. */
@QuarkusTest
class SupervisionMetricsTest {

    private static final List<String> PLAN_OUTPUTS = List.of("handling-plan");

    @Inject
    MutableClock clock;

    @Inject
    SupervisionGauges gauges;

    @Test
    void a_month_of_complaints_shows_each_measure_with_its_target() {
        clock.setShanghai("2026-05-20T09:00");
        try (ScenarioEvents events = new ScenarioEvents()) {
            NodeStateChanged onTime = plan("TS20260506-0001");
            events.send(onTime);
            events.send(ScenarioEvents.closed(onTime, NodeState.COMPLETED, shanghai("2026-05-07T10:00"), Map.of(),
                    List.of(new NodeOutput("handling-plan", "dms://plan.pdf")), PLAN_OUTPUTS, false));
            NodeStateChanged late = plan("TS20260506-0002");
            events.send(late);
            events.send(ScenarioEvents.closed(late, NodeState.COMPLETED, shanghai("2026-05-11T10:00"), Map.of(),
                    List.of(), PLAN_OUTPUTS, true));
            confirm(events, "TS20260506-0003", "SATISFIED");
            confirm(events, "TS20260506-0004", "BASICALLY_SATISFIED");
            events.send(plan("TS20260506-0005")); // never done: overdue
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> metrics("SCENARIO")
                .body("rows[0].completed", equalTo(4))
                .body("rows[0].currentlyOverdue", equalTo(1)));
        metrics("SCENARIO")
                .body("period", equalTo("2026-05"))
                .body("rows[0].onTimeRate.value", equalTo(0.75f))
                .body("rows[0].onTimeRate.target", equalTo(0.95f))
                .body("rows[0].onTimeRate.met", equalTo(false))
                .body("rows[0].timeoutRate", equalTo(0.25f))
                .body("rows[0].customerSatisfaction.value", equalTo(90.0f))
                .body("rows[0].customerSatisfaction.met", equalTo(true))
                .body("rows[0].documentCompleteness.value", equalTo(0.5f))
                .body("rows[0].durationP50Hours", notNullValue());
        metrics("NODE").body("rows.nodeKey", hasItems("PLAN", "CONFIRM"));

        gauges.refresh();
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("handbook_node_on_time_rate{scenario=\"complaint\"} 0.75"))
                .body(containsString("handbook_customer_satisfaction_points{scenario=\"complaint\"} 90.0"))
                .body(containsString("handbook_department_satisfaction_points{scenario=\"complaint\"}"));
    }

    @Test
    void the_on_time_rate_covers_every_tracked_obligation_and_is_reported_by_kind_beside_the_node_rate() {
        UUID complaint = UUID.randomUUID();
        try (ScenarioEvents events = new ScenarioEvents()) {
            NodeStateChanged plan = ScenarioEvents.activated(complaint, "TS20260401-0001", "PLAN", "design", "u9201",
                    shanghai("2026-04-01T09:00"), shanghai("2026-04-03T18:00"), "P2WD");
            events.send(plan);
            events.send(ScenarioEvents.completed(plan, shanghai("2026-04-02T10:00")));
            // two customer updates: the first on time, the second two days late
            owed(events, complaint, "CUSTOMER_UPDATE", "CUSTOMER_UPDATE", "2026-04-01T09:00", "2026-04-03T09:00", "2026-04-02T09:00");
            owed(events, complaint, "CUSTOMER_UPDATE", "CUSTOMER_UPDATE", "2026-04-02T09:00", "2026-04-04T09:00", "2026-04-06T09:00");
            owed(events, complaint, "IMPROVEMENT_MEASURE/1", "IMPROVEMENT_MEASURE", "2026-04-02T09:00", "2026-04-10T18:00", "2026-04-09T15:00");
            owed(events, complaint, "MONTHLY_REVIEW/2026-04", "MONTHLY_REVIEW", "2026-04-01T09:00", "2026-04-30T18:00", "2026-04-28T15:00");
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> designInApril()
                .body("rows[0].onTimeByKind.kind.code", hasItems("NODE", "CUSTOMER_UPDATE", "IMPROVEMENT_MEASURE", "MONTHLY_REVIEW"))
                .body("rows[0].onTimeByKind.find { it.kind.code == 'MONTHLY_REVIEW' }.completed", equalTo(1)));
        designInApril()
                .body("rows[0].onTimeRate.value", equalTo(1.0f))
                .body("rows[0].onTimeByKind.find { it.kind.code == 'CUSTOMER_UPDATE' }.completed", equalTo(2))
                .body("rows[0].onTimeByKind.find { it.kind.code == 'CUSTOMER_UPDATE' }.onTimeRate.value", equalTo(0.5f))
                .body("rows[0].onTimeByKind.find { it.kind.code == 'CUSTOMER_UPDATE' }.kind.zh", equalTo("客户进度更新"))
                .body("rows[0].onTimeByKind.find { it.kind.code == 'IMPROVEMENT_MEASURE' }.onTimeRate.met", equalTo(true))
                .body("rows[0].obligationsOnTimeRate.value", equalTo(0.8f))
                .body("rows[0].obligationsOnTimeRate.met", equalTo(false));
    }

    private static io.restassured.response.ValidatableResponse designInApril() {
        return given().queryParam("period", "2026-04").queryParam("scenario", "complaint")
                .queryParam("department", "design").get("/api/v1/supervision/metrics").then().statusCode(200);
    }

    /** An obligation of the design department opened at {@code from}, due at {@code due}, fulfilled at {@code done}. */
    private static void owed(ScenarioEvents events, UUID complaint, String key, String kind, String from, String due,
                             String done) {
        events.send(ScenarioEvents.obligation(complaint, "TS20260401-0001", key, kind, kind, kind, ObligationState.OPEN, "design",
                "u9201", shanghai(from), shanghai(due), null));
        events.send(ScenarioEvents.obligation(complaint, "TS20260401-0001", key, kind, kind, kind, ObligationState.FULFILLED, "design",
                "u9201", shanghai(done), null, shanghai(done)));
    }

    @Test
    void an_unreadable_period_is_refused_with_a_problem() {
        given().queryParam("period", "2026-13").get("/api/v1/supervision/metrics").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"));
    }

    private static io.restassured.response.ValidatableResponse metrics(String groupBy) {
        return given().queryParam("period", "2026-05").queryParam("scenario", "complaint")
                .queryParam("department", "after-sales").queryParam("groupBy", groupBy)
                .get("/api/v1/supervision/metrics").then().statusCode(200);
    }

    private static NodeStateChanged plan(String number) {
        return ScenarioEvents.activated(UUID.randomUUID(), number, "PLAN", "after-sales", "u9101",
                shanghai("2026-05-06T09:00"), shanghai("2026-05-08T18:00"), "P2WD");
    }

    private static void confirm(ScenarioEvents events, String number, String satisfaction) {
        NodeStateChanged confirm = ScenarioEvents.activated(UUID.randomUUID(), number, "CONFIRM", "after-sales", "u9102",
                shanghai("2026-05-06T09:00"), shanghai("2026-05-08T18:00"), "P2WD");
        events.send(confirm);
        events.send(ScenarioEvents.closed(confirm, NodeState.COMPLETED, shanghai("2026-05-07T09:00"),
                Map.of("satisfaction", satisfaction), List.of(), List.of(), false));
    }
}
