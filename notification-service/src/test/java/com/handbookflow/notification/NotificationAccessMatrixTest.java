package com.handbookflow.notification;

import com.handbookflow.core.testing.Caller;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.audit.AuditSampling;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static com.handbookflow.core.testing.Caller.expect;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every notification-service endpoint against the five callers: nobody, another department, the
 * responsible department (a member, not a supervisor), a supervisor, an administrator.
 */
@QuarkusTest
class NotificationAccessMatrixTest {

    private static final String LOGISTICS = "logistics";

    @Inject
    MutableClock clock;

    @Inject
    AuditSampling sampling;

    @Test
    void supervision_is_for_supervisors_leaders_and_administrators() {
        clock.setShanghai("2026-02-02T09:00");
        sampling.drawDue(); // January's sample exists from its draw day on; reading never draws it
        Map<Caller, Integer> expected = expect(401, 403, 403, 200, 200);
        for (String path : List.of("/api/v1/supervision/metrics?period=2026-03", "/api/v1/supervision/audits/2026-01",
                "/api/v1/supervision/violations?quarter=2026-Q1", "/api/v1/supervision/reviews/2026-Q1",
                // the supervising department's downloads: the same rule as the JSON they mirror
                "/api/v1/supervision/audits/2026-01/export", "/api/v1/supervision/violations/export?quarter=2026-Q1&format=xlsx",
                "/api/v1/supervision/reviews/2026-Q1/optimisation-form/export")) {
            for (Caller caller : Caller.values()) {
                Response response = caller.request(LOGISTICS).get(path);
                assertEquals(expected.get(caller), response.statusCode(), caller + " " + path);
                if (response.statusCode() >= 400) {
                    response.then().contentType("application/problem+json");
                }
            }
        }
    }

    @Test
    void the_directory_is_read_by_everyone_and_changed_by_supervisors_and_administrators() {
        Map<String, Object> logistics = given().get("/api/v1/departments/logistics").then().statusCode(200)
                .extract().jsonPath().getMap("");
        logistics.remove("code");
        Map<Caller, Integer> reads = expect(401, 200, 200, 200, 200);
        Map<Caller, Integer> changes = expect(401, 403, 403, 200, 200);
        for (Caller caller : Caller.values()) {
            assertEquals(reads.get(caller), caller.request(LOGISTICS).get("/api/v1/departments").statusCode(), caller.name());
            assertEquals(changes.get(caller), caller.request(LOGISTICS).contentType(ContentType.JSON).body(logistics)
                    .put("/api/v1/departments/logistics").statusCode(), caller.name());
        }
    }

    @Test
    void webhook_configuration_is_for_administrators() {
        Map<Caller, Integer> expected = expect(401, 403, 403, 403, 200);
        for (Caller caller : Caller.values()) {
            assertEquals(expected.get(caller), caller.request(LOGISTICS).get("/api/v1/webhooks").statusCode(), caller.name());
            assertEquals(expected.get(caller), caller.request(LOGISTICS).get("/api/v1/webhooks/deliveries?state=DEAD")
                    .statusCode(), caller.name());
        }
    }

    @Test
    void a_department_sees_its_own_deadlines_and_no_other_departments() throws Exception {
        UUID instance = UUID.randomUUID();
        try (ScenarioEvents events = new ScenarioEvents()) {
            events.send(ScenarioEvents.activated(instance, "TS20260302-0801", "PLAN", LOGISTICS, "u2101",
                    shanghai("2026-03-02T09:00"), shanghai("2026-03-05T18:00"), "P3WD"));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> deadlinesOf(Caller.ADMIN, null).contains(instance.toString()));

        Map<Caller, Integer> filtered = expect(401, 403, 200, 200, 200);
        for (Caller caller : Caller.values()) {
            assertEquals(filtered.get(caller), caller.request(LOGISTICS).get("/api/v1/deadlines?department=logistics")
                    .statusCode(), caller.name());
        }
        assertTrue(deadlinesOf(Caller.RIGHT_DEPARTMENT, null).contains(instance.toString()));
        assertTrue(deadlinesOf(Caller.SUPERVISOR, null).contains(instance.toString()));
        assertFalse(deadlinesOf(Caller.WRONG_DEPARTMENT, null).contains(instance.toString()),
                "another department's deadline never shows in an unfiltered list");
    }

    @Test
    void an_inbox_is_read_by_its_person_its_department_and_oversight() {
        Map<Caller, Integer> expected = expect(401, 403, 200, 200, 200);
        for (Caller caller : Caller.values()) {
            assertEquals(expected.get(caller), caller.request(LOGISTICS).get("/api/v1/notifications?department=logistics")
                    .statusCode(), caller.name());
        }
        Caller.WRONG_DEPARTMENT.request(LOGISTICS).get("/api/v1/notifications?recipient=u2101")
                .then().statusCode(403).contentType("application/problem+json");
        Caller.RIGHT_DEPARTMENT.request(LOGISTICS).get("/api/v1/notifications").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    private static List<String> deadlinesOf(Caller caller, String department) {
        return caller.request(LOGISTICS).queryParam("size", 100)
                .get(department == null ? "/api/v1/deadlines" : "/api/v1/deadlines?department=" + department)
                .then().statusCode(200).extract().path("items.instanceId");
    }

}
