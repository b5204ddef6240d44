package com.handbookflow.notification.audit;

import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.NotificationLedger;
import com.handbookflow.notification.ScenarioEvents;
import com.handbookflow.notification.deadline.ReminderScheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quarterly process review of Q4 2026 produces 《流程优化建议表》: per scenario and node the on-time
 * rate, recurring timeouts and violations, and the suggestions recorded with an owner and a due date,
 * each owed and reminded like every other obligation.
 */
@QuarkusTest
class ProcessOptimisationFormTest {

    private static final String ROW = "rows.find { it.scenario == 'complaint' && it.nodeKey == 'VERIFY' }";

    @Inject
    MutableClock clock;

    @Inject
    ReminderScheduler scheduler;

    @Inject
    NotificationLedger ledger;

    @Test
    void the_form_lists_each_nodes_rate_recurring_timeouts_violations_and_suggestions_tracked_until_done() {
        try (ScenarioEvents events = new ScenarioEvents()) {
            verify(events, "TS20261012-1", "2026-10-14T10:00"); // on time
            verify(events, "TS20261012-2", "2026-10-19T10:00"); // late
            verify(events, "TS20261012-3", "2026-10-20T10:00"); // late again: a recurring timeout
            NodeStateChanged skipped = ScenarioEvents.activated(UUID.randomUUID(), "TS20261012-4", "VERIFY", "quality",
                    "u9501", shanghai("2026-10-12T09:00"), shanghai("2026-10-14T18:00"), "P2WD");
            events.send(skipped);
            events.send(ScenarioEvents.closed(skipped, NodeState.SKIPPED, shanghai("2026-10-13T09:00"), Map.of(), List.of(),
                    List.of(), false));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> form()
                .body(ROW + ".completed", equalTo(3))
                .body(ROW + ".violations", equalTo(1)));

        clock.setShanghai("2026-12-21T10:00");
        given().contentType(ContentType.JSON).body(suggestion("nowhere", "2026-12-30"))
                .post("/api/v1/supervision/reviews/2026-Q4/suggestions").then().statusCode(422)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(suggestion("quality", "2026-12-01"))
                .post("/api/v1/supervision/reviews/2026-Q4/suggestions").then().statusCode(400)
                .contentType("application/problem+json");
        String id = given().contentType(ContentType.JSON).body(suggestion("quality", "2026-12-30"))
                .post("/api/v1/supervision/reviews/2026-Q4/suggestions").then().statusCode(201)
                .body("status.zh", equalTo("待落实"))
                .extract().path("id");

        form().body("titleZh", equalTo("流程优化建议表"))
                .body(ROW + ".onTimeRate.value", equalTo(1 / 3.0f))
                .body(ROW + ".timeouts", equalTo(2))
                .body(ROW + ".recurringTimeouts", equalTo(true))
                .body(ROW + ".suggestions[0].ownerDepartment", equalTo("quality"))
                .body(ROW + ".suggestions[0].dueDate", equalTo("2026-12-30"));
        given().get("/api/v1/supervision/reviews/2026-Q4").then().statusCode(200)
                .body("optimisationForm." + ROW + ".suggestions[0].id", equalTo(id));
        given().queryParam("department", "quality").get("/api/v1/deadlines").then().statusCode(200)
                .body("items.kind", hasItem("PROCESS_SUGGESTION"));

        clock.setShanghai("2026-12-29T18:00");
        scheduler.runDue();
        assertEquals(List.of("WARNING RESPONSIBLE -"), ledger.notices(UUID.fromString(id)),
                "the owner department is warned a working day before the due date, like any obligation");

        clock.setShanghai("2026-12-30T10:00");
        given().post("/api/v1/supervision/suggestions/{id}/done", id).then().statusCode(200)
                .body("status.code", equalTo("DONE"));
        given().post("/api/v1/supervision/suggestions/{id}/done", id).then().statusCode(409);
        clock.setShanghai("2027-01-05T18:00");
        scheduler.runDue();
        assertTrue(ledger.obligations(UUID.fromString(id)).contains("PROCESS_SUGGESTION:CLOSED"));
        assertEquals(1, ledger.notices(UUID.fromString(id)).size(), "done: nothing follows");
        given().queryParam("period", "2026-Q4").queryParam("scenario", "complaint").queryParam("department", "quality")
                .get("/api/v1/supervision/metrics").then().statusCode(200)
                .body("rows[0].onTimeByKind.find { it.kind.code == 'PROCESS_SUGGESTION' }.onTimeRate.value", equalTo(1.0f));
    }

    private static Map<String, Object> suggestion(String owner, String due) {
        return Map.of("processType", "complaint", "nodeKey", "VERIFY", "suggestion", "核实节点增加质检抽样标准",
                "ownerDepartment", owner, "dueDate", due);
    }

    private static io.restassured.response.ValidatableResponse form() {
        return given().get("/api/v1/supervision/reviews/2026-Q4/optimisation-form").then().statusCode(200);
    }

    private static void verify(ScenarioEvents events, String number, String doneAt) {
        NodeStateChanged node = ScenarioEvents.activated(UUID.randomUUID(), number, "VERIFY", "quality", "u9501",
                shanghai("2026-10-12T09:00"), shanghai("2026-10-14T18:00"), "P2WD");
        events.send(node);
        events.send(ScenarioEvents.completed(node, shanghai(doneAt)));
    }
}
