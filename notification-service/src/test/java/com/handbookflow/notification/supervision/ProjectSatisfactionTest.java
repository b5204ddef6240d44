package com.handbookflow.notification.supervision;

import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Department satisfaction (部门满意度, target >= 90): each participating department's rating of a
 * project's collaboration, published with the retrospective's completion, counts once for the
 * project's initiating department.
 */
@QuarkusTest
class ProjectSatisfactionTest {

    @Test
    void each_rating_of_a_retrospective_counts_for_the_initiating_department() {
        try (ScenarioEvents events = new ScenarioEvents()) {
            events.send(retrospective("PRJ2026101", List.of(92, 88)));
            events.send(retrospective("PRJ2026102", List.of(96)));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> metrics()
                .body("rows[0].departmentSatisfaction.value", equalTo(92.0f)));
        metrics().body("rows[0].departmentSatisfaction.target", equalTo(90.0f))
                .body("rows[0].departmentSatisfaction.met", equalTo(true))
                .body("rows[0].department", equalTo("marketing"));
    }

    private static io.restassured.response.ValidatableResponse metrics() {
        return given().queryParam("period", "2026-07").queryParam("scenario", "project")
                .queryParam("department", "marketing").queryParam("groupBy", "DEPARTMENT")
                .get("/api/v1/supervision/metrics").then().statusCode(200);
    }

    /** A project's retrospective completed by marketing with the participating departments' ratings. */
    private static NodeStateChanged retrospective(String number, List<Integer> ratings) {
        Instant started = shanghai("2026-07-06T09:00");
        Instant done = shanghai("2026-07-07T10:00");
        return new NodeStateChanged(UUID.randomUUID(), done, "project", UUID.randomUUID(), number, "RETROSPECTIVE",
                "项目复盘", "Retrospective", 1, "ACTIVE", "COMPLETED", "marketing", "u1001", List.of(), started,
                shanghai("2026-07-09T18:00"), "P3WD", "CN-2026.1", done, true, "reviewed", List.of(), List.of(), false,
                "COMPLETED", "COMPLETED", Actor.SYSTEM, null, Map.of("departmentSatisfaction", ratings));
    }
}
