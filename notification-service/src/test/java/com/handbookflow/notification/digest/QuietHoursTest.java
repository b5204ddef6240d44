package com.handbookflow.notification.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.ScenarioEvents;
import com.handbookflow.notification.deadline.EscalationLevel;
import com.handbookflow.notification.deadline.NoticeKind;
import com.handbookflow.notification.deadline.ObligationTracker;
import com.handbookflow.notification.deadline.ReminderScheduler;
import com.handbookflow.notification.inbox.Notice;
import com.handbookflow.notification.delivery.DeliveryDispatcher;
import com.handbookflow.notification.delivery.OaReceiver;
import com.handbookflow.notification.delivery.WebhookSignature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quiet hours: non-urgent reminders to a person outside working hours wait for the start of the next working
 * day; urgent cases, release-day duties and escalations do not; a department may switch them off.
 */
@QuarkusTest
class QuietHoursTest {

    private static final String SECRET = "s3cr3t-shared-with-oa-0001";

    @Inject
    MutableClock clock;

    @Inject
    ObligationTracker tracker;

    @Inject
    ReminderScheduler scheduler;

    @Inject
    DeliveryDispatcher dispatcher;

    @Inject
    DeliveryRules rules;

    private final ObjectMapper json = new ObjectMapper();
    /** Endpoints this test registered: removed afterwards (with their deliveries), so no later test sends to a closed port. */
    private final List<String> endpoints = new java.util.ArrayList<>();

    /** Nodes this test opened: completed afterwards, so no later test finds them overdue (or reminds of them). */
    private final List<com.handbookflow.core.event.NodeStateChanged> opened = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void removeEndpointsAndCompleteNodes() {
        endpoints.forEach(id -> given().delete("/api/v1/webhooks/{id}", id).then().statusCode(204));
        endpoints.clear();
        QuarkusTransaction.requiringNew().run(() -> opened.forEach(active -> tracker.apply(
                ScenarioEvents.completed(active, clock.instant()))));
        opened.clear();
    }

    @Test
    void an_evenings_reminders_to_a_person_are_held_and_delivered_as_one_digest_at_nine_while_escalations_go_out_at_once()
            throws Exception {
        given().contentType(ContentType.JSON)
                .body(Map.of("nameZh", "市场部", "nameEn", "Marketing", "head", "u6201", "leaderInCharge", "u6301"))
                .put("/api/v1/departments/{code}", "marketing").then().statusCode(200);
        try (OaReceiver digestOa = new OaReceiver(); OaReceiver eachOa = new OaReceiver()) {
            register("marketing", digestOa.url(), "DIGEST");
            register("marketing", eachOa.url(), "EACH");
            // Tuesday 18:00, a two-hour plan: warning 19:36, overdue 20:00, reminders 22:00 and 02:00 (backing off);
            // on the limit's clock the ladder climbs every two hours: head 22:00, leader 00:00, process owner 02:00.
            planOf("marketing", "u6101", "YX20260324-0001", Map.of());

            for (String t : List.of("2026-03-24T19:36", "2026-03-24T20:00", "2026-03-24T22:00", "2026-03-25T00:00",
                    "2026-03-25T02:00", "2026-03-25T08:59")) {
                at(t);
            }
            assertEquals(List.of("escalation-sent", "escalation-sent", "escalation-sent"), types(digestOa),
                    "overnight only the escalations reach the OA system");
            assertEquals(List.of("escalation-sent", "escalation-sent", "escalation-sent"), types(eachOa));
            given().queryParam("recipient", "u6101").get("/api/v1/notifications").then().statusCode(200)
                    .body("items", hasSize(4)).body("items.digestId", everyItem(notNullValue()));

            at("2026-03-25T09:00");
            assertEquals(List.of("escalation-sent", "escalation-sent", "escalation-sent", "digest-sent"), types(digestOa),
                    "at the start of the working day the held reminders come as one digest");
            var digest = json.readTree(digestOa.received().get(3).body());
            assertEquals("QUIET_HOURS", digest.get("purpose").asText());
            assertEquals("u6101", digest.get("recipientPerson").asText());
            assertEquals(4, digest.get("itemCount").asInt());
            assertTrue(digest.get("titleZh").asText().startsWith("【上班提醒】"));
            assertEquals(List.of("WARNING", "OVERDUE", "REMINDER", "REMINDER"),
                    java.util.stream.StreamSupport.stream(digest.get("items").spliterator(), false)
                            .map(i -> i.get("kind").asText()).toList());
            assertEquals(7, eachOa.received().size(), "one message per notice: the held ones, each on its own, at nine");
            assertEquals(List.of("deadline-breached", "reminder-sent", "reminder-sent", "reminder-sent"),
                    types(eachOa).subList(3, 7).stream().sorted().toList());
            assertTrue(given().get("/q/metrics").then().extract().asString()
                    .contains("handbook_notices_held_total{department=\"marketing\""), "held notices per department");
        }
    }

    @Test
    void an_extra_urgent_complaint_ignores_quiet_hours() {
        planOf("product", "u6102", "TS20260324-0602", Map.of("urgency", "EXTRA_URGENT"));
        at("2026-03-24T20:00");
        given().queryParam("recipient", "u6102").get("/api/v1/notifications").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind.code", org.hamcrest.Matchers.equalTo("OVERDUE"))
                .body("items[0].digestId", nullValue());
    }

    @Test
    void a_department_that_switched_quiet_hours_off_is_reminded_in_the_evening() {
        // %test.notification.quiet-hours.departments.compliance=false
        planOf("compliance", "u6103", "TS20260324-0603", Map.of());
        at("2026-03-24T20:00");
        given().queryParam("recipient", "u6103").get("/api/v1/notifications").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].digestId", nullValue());
    }

    @Test
    void release_day_duties_high_risks_and_urgent_cases_are_urgent_a_general_plan_is_not() {
        assertTrue(rules.isUrgent(notice("launch", "RELEASE/DEPLOYMENT", null)), "a launch's release-day duty");
        assertTrue(rules.isUrgent(notice("project", "risk-1", "HIGH")), "a HIGH project risk");
        assertTrue(rules.isUrgent(notice("complaint", "PLAN", "URGENT")));
        assertFalse(rules.isUrgent(notice("complaint", "PLAN", "GENERAL")));
        assertFalse(rules.isUrgent(notice("launch", "DEVELOPMENT", null)));
    }

    private static Notice notice(String scenario, String item, String urgency) {
        return new Notice("k", NoticeKind.REMINDER, EscalationLevel.RESPONSIBLE, null, scenario, UUID.randomUUID(),
                "N-1", item, "product", "u1", "u1", "product", "zh", "en", null, null, urgency);
    }

    /** A two-hour plan of a complaint from 18:00 Tuesday 24 March, for {@code person} of {@code department}. */
    private void planOf(String department, String person, String number, Map<String, Object> attributes) {
        clock.setShanghai("2026-03-24T18:00");
        var active = ScenarioEvents.activated(UUID.randomUUID(), number, "PLAN", department, person,
                shanghai("2026-03-24T18:00"), shanghai("2026-03-24T20:00"), "PT2H", attributes);
        QuarkusTransaction.requiringNew().run(() -> tracker.apply(active));
        opened.add(active);
    }

    private void at(String shanghaiTime) {
        clock.setShanghai(shanghaiTime);
        scheduler.runDue();
        dispatcher.runDue();
    }

    private static List<String> types(OaReceiver oa) {
        return oa.received().stream()
                .map(r -> r.header(WebhookSignature.EVENT_TYPE_HEADER).replace("com.handbookflow.notification.", "")).toList();
    }

    private void register(String department, String url, String mode) {
        endpoints.add(given().contentType(ContentType.JSON)
                .body(Map.of("department", department, "url", url, "secret", SECRET, "deliveryMode", mode))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id"));
    }
}
