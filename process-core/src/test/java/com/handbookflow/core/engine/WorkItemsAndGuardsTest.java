package com.handbookflow.core.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.event.EventTypes;
import com.handbookflow.core.testing.MutableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Work items (the review rows of a plan review, the departments' launch duties) and guards, through a test scenario over HTTP. */
@QuarkusTest
class WorkItemsAndGuardsTest {

    private static final Map<String, Object> EMERGENCY_PLAN = Map.of("emergencyPlan", Map.of(
            "rollbackSteps", List.of("switch traffic back to v1", "restore the database snapshot"),
            "userCompensation", "a 20 yuan voucher for every user who ordered during the outage"));

    @Inject
    MutableClock clock;

    @Inject
    ProcessEngine engine;

    @Inject
    EntityManager entityManager;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void mondayMorning() {
        clock.setShanghai("2026-03-02T09:00");
    }

    @Test
    void a_plan_review_opens_one_row_per_reviewer_each_due_on_the_working_day_calendar() {
        UUID id = inReview();

        items(id).body("findAll { it.node == 'PLAN_REVIEW' }.key", contains("business", "technical", "budget"))
                .body("find { it.key == 'technical' }.department", equalTo("technology"))
                .body("find { it.key == 'technical' }.state", equalTo("OPEN"))
                // with the node (P3WD): Thursday 18:00; the budget row has its own P2WD: Wednesday 18:00
                .body("find { it.key == 'technical' }.dueAt", equalTo("2026-03-05T10:00:00Z"))
                .body("find { it.key == 'budget' }.dueAt", equalTo("2026-03-04T10:00:00Z"));
    }

    @Test
    void a_plan_review_cannot_complete_while_the_technical_review_row_is_open() {
        UUID id = inReview();
        sign(id, "PLAN_REVIEW", "business", "PASS").statusCode(200);
        sign(id, "PLAN_REVIEW", "budget", "PASS").statusCode(200);

        complete(id, "PLAN_REVIEW", "approved", Map.of()).statusCode(422)
                .contentType("application/problem+json")
                .body("openItems", contains("technical"))
                .body("detail", containsString("technical (Technical plan review)"))
                .body("detailZh", containsString("《技术方案评审》"));
        assertEquals("PLAN_REVIEW", activeNode(id));
    }

    @Test
    void all_rows_passed_approve_the_plan() {
        UUID id = inReview();
        List.of("business", "technical", "budget").forEach(row -> sign(id, "PLAN_REVIEW", row, "PASS").statusCode(200));

        complete(id, "PLAN_REVIEW", null, Map.of()).statusCode(200).body("activeNode", equalTo("RELEASE"));
    }

    @Test
    void one_fail_rejects_the_plan_even_when_another_row_only_needs_changes() {
        UUID id = inReview();
        sign(id, "PLAN_REVIEW", "business", "PASS");
        sign(id, "PLAN_REVIEW", "technical", "NEEDS_CHANGES");
        sign(id, "PLAN_REVIEW", "budget", "FAIL");

        complete(id, "PLAN_REVIEW", "approved", Map.of()).statusCode(422)
                .body("decidedOutcome", equalTo("rejected"));
        complete(id, "PLAN_REVIEW", null, Map.of()).statusCode(200).body("activeNode", equalTo("REJECTED"));
    }

    @Test
    void a_row_signed_once_cannot_be_signed_again_and_the_refusal_names_the_signer() {
        UUID id = inReview();
        sign(id, "PLAN_REVIEW", "technical", "PASS").statusCode(200).body("signedBy", equalTo("admin"));

        sign(id, "PLAN_REVIEW", "technical", "FAIL").statusCode(409)
                .body("currentState", equalTo("DONE"))
                .body("signedBy", equalTo("admin"));
    }

    @Test
    void a_review_row_is_signed_with_an_opinion() {
        UUID id = inReview();

        sign(id, "PLAN_REVIEW", "technical", null).statusCode(422)
                .body("type", containsString("work-item-result-required"));
        sign(id, "PLAN_REVIEW", "nonsense", "PASS").statusCode(422)
                .body("items", contains("business", "technical", "budget"));
    }

    @Test
    void needs_changes_sends_the_plan_back_and_the_next_review_is_a_new_round_the_old_round_keeps_its_results() {
        UUID id = inReview();
        sign(id, "PLAN_REVIEW", "business", "PASS");
        sign(id, "PLAN_REVIEW", "technical", "NEEDS_CHANGES");
        sign(id, "PLAN_REVIEW", "budget", "PASS");
        complete(id, "PLAN_REVIEW", null, Map.of()).statusCode(200).body("activeNode", equalTo("DRAFT_PLAN"));
        complete(id, "DRAFT_PLAN", "submitted", Map.of()).statusCode(200).body("activeNode", equalTo("PLAN_REVIEW"));

        items(id).body("findAll { it.round == 1 }.result", contains("PASS", "NEEDS_CHANGES", "PASS"))
                .body("findAll { it.round == 2 }.state", contains("OPEN", "OPEN", "OPEN"))
                .body("findAll { it.round == 2 }.obligationKey",
                        contains("PLAN_REVIEW/business#2", "PLAN_REVIEW/technical#2", "PLAN_REVIEW/budget#2"));
        List.of("business", "technical", "budget").forEach(row -> sign(id, "PLAN_REVIEW", row, "PASS").statusCode(200));
        complete(id, "PLAN_REVIEW", null, Map.of()).statusCode(200).body("activeNode", equalTo("RELEASE"));
    }

    @Test
    void each_row_is_published_as_a_work_item_obligation_opened_then_fulfilled() {
        UUID id = inReview();
        sign(id, "PLAN_REVIEW", "technical", "PASS");

        List<String> technical = workItemEvents(id).stream()
                .filter(e -> e.get("obligationKey").asText().equals("PLAN_REVIEW/technical"))
                .map(e -> e.get("state").asText() + " " + e.get("responsibleDepartment").asText() + " "
                        + e.get("dueAt").asText() + " " + e.path("attributes").path("result").asText("-"))
                .toList();
        assertEquals(List.of("OPEN technology 2026-03-05T10:00:00Z -", "FULFILLED technology 2026-03-05T10:00:00Z PASS"),
                technical);
    }

    @Test
    void rows_still_open_when_their_node_is_passed_over_are_closed() {
        UUID id = inReview();
        QuarkusTransaction.requiringNew().run(() -> engine.skip(engine.load(id), "PLAN_REVIEW", "approved",
                new Actor("sup1", "督办", "operations-management"), "approved by the board in person", Activation.DEFAULT));

        items(id).body("findAll { it.node == 'PLAN_REVIEW' }.state", contains("CLOSED", "CLOSED", "CLOSED"));
        List<String> closed = workItemEvents(id).stream().filter(e -> e.get("state").asText().equals("CLOSED"))
                .map(e -> e.get("obligationKey").asText()).toList();
        assertEquals(List.of("PLAN_REVIEW/business", "PLAN_REVIEW/technical", "PLAN_REVIEW/budget"), closed);
    }

    @Test
    void release_is_refused_without_a_rollback_plan() {
        UUID id = releasing();
        sign(id, "RELEASE", "deployment", null).statusCode(200);
        sign(id, "RELEASE", "marketing-materials", null).statusCode(200);

        complete(id, "RELEASE", "released", Map.of("emergencyPlan", Map.of("rollbackSteps", List.of()))).statusCode(422)
                .body("refusedBy", contains("emergency-plan-ready"))
                .body("detail", equalTo("release refused: the launch plan has no emergency plan with rollback steps "
                        + "and user compensation"))
                .body("detailZh", containsString("回滚步骤"));
        assertEquals("RELEASE", activeNode(id));

        complete(id, "RELEASE", "released", EMERGENCY_PLAN).statusCode(200).body("activeNode", equalTo("LIVE"));
    }

    @Test
    void a_department_duty_added_at_run_time_must_be_done_before_release() {
        UUID id = releasing();
        given().contentType(ContentType.JSON)
                .body(Map.of("key", "service-scripts", "nameZh", "客服话术培训", "nameEn", "Service script training",
                        "responsibleDepartment", "customer-service", "responsiblePerson", "u3001", "limit", "P1WD"))
                .post("/test/plan-reviews/{id}/nodes/RELEASE/items", id)
                .then().statusCode(200).body("origin", equalTo("RUNTIME")).body("person", equalTo("u3001"));
        sign(id, "RELEASE", "deployment", null);
        sign(id, "RELEASE", "marketing-materials", null);

        complete(id, "RELEASE", "released", EMERGENCY_PLAN).statusCode(422)
                .body("openItems", contains("service-scripts"));
        sign(id, "RELEASE", "service-scripts", null).statusCode(200);
        complete(id, "RELEASE", "released", EMERGENCY_PLAN).statusCode(200).body("activeNode", equalTo("LIVE"));
    }

    @Test
    void items_of_a_node_that_is_not_active_cannot_be_signed() {
        UUID id = start();

        sign(id, "PLAN_REVIEW", "technical", "PASS").statusCode(409).body("currentNode", equalTo("DRAFT_PLAN"));
    }

    private UUID start() {
        return UUID.fromString(given().post("/test/plan-reviews").then().statusCode(200).extract().path("id"));
    }

    private UUID inReview() {
        UUID id = start();
        complete(id, "DRAFT_PLAN", "submitted", Map.of()).statusCode(200);
        return id;
    }

    private UUID releasing() {
        UUID id = inReview();
        List.of("business", "technical", "budget").forEach(row -> sign(id, "PLAN_REVIEW", row, "PASS"));
        complete(id, "PLAN_REVIEW", null, Map.of()).statusCode(200).body("activeNode", equalTo("RELEASE"));
        return id;
    }

    private ValidatableResponse complete(UUID id, String node, String outcome, Map<String, Object> content) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("content", content);
        return given().contentType(ContentType.JSON).body(body)
                .post("/test/plan-reviews/{id}/nodes/{node}/completion", id, node).then();
    }

    private ValidatableResponse sign(UUID id, String node, String item, String result) {
        Map<String, Object> body = new HashMap<>();
        body.put("result", result);
        body.put("comment", "checked");
        return given().contentType(ContentType.JSON).body(body)
                .post("/test/plan-reviews/{id}/nodes/{node}/items/{item}/signature", id, node, item).then();
    }

    private ValidatableResponse items(UUID id) {
        return given().get("/test/plan-reviews/{id}/items", id).then().statusCode(200);
    }

    private String activeNode(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> engine.load(id).activeNode().orElseThrow().nodeKey());
    }

    @SuppressWarnings("unchecked")
    private List<JsonNode> workItemEvents(UUID id) {
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select cast(payload as text) from outbox_event where aggregate_id = :id and event_type = :type "
                                + "order by seq")
                .setParameter("id", id.toString())
                .setParameter("type", EventTypes.OBLIGATION_CHANGED)
                .getResultList());
        List<JsonNode> events = new ArrayList<>();
        for (String payload : payloads) {
            try {
                JsonNode event = json.readTree(payload);
                if ("WORK_ITEM".equals(event.path("kind").asText())) {
                    events.add(event);
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return events;
    }
}
