package com.handbookflow.notification.supervision;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.InstanceStatus;
import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.Tokens;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Department satisfaction (部门满意度, target >= 90): each participating department's rating of a
 * project's collaboration, published with the retrospective's completion, counts once for the
 * project's initiating department.
 */
@QuarkusTest
class ProjectSatisfactionTest {

    @Inject
    MutableClock clock;

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

    @Test
    void a_departments_rating_of_another_after_a_collaboration_counts_in_the_rated_departments_satisfaction() {
        clock.setShanghai("2026-08-10T10:00");
        try (ScenarioEvents events = new ScenarioEvents()) {
            events.send(retrospective("PRJ2026201", "strategy", shanghai("2026-08-07T10:00"), List.of(95)));
        }
        String technologyHead = Tokens.of("u3101", "technology", Role.DEPT_HEAD);
        Map<String, Object> rating = Map.of("ratedDepartment", "strategy", "score", 75, "processType", "project",
                "businessNumber", "PRJ2026201", "comment", "需求评审反馈偏慢");

        given().auth().oauth2(Tokens.of("u3102", "technology", Role.STAFF)).contentType(ContentType.JSON).body(rating)
                .post("/api/v1/supervision/department-ratings").then().statusCode(403);
        given().auth().oauth2(technologyHead).contentType(ContentType.JSON).body(rating)
                .post("/api/v1/supervision/department-ratings").then().statusCode(201)
                .body("raterDepartment", equalTo("technology"))
                .body("ratedBy", equalTo("u3101"));
        given().auth().oauth2(technologyHead).contentType(ContentType.JSON).body(rating)
                .post("/api/v1/supervision/department-ratings").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(technologyHead).contentType(ContentType.JSON)
                .body(Map.of("ratedDepartment", "strategy", "score", 101, "processType", "project"))
                .post("/api/v1/supervision/department-ratings").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(technologyHead).contentType(ContentType.JSON)
                .body(Map.of("ratedDepartment", "nowhere", "score", 80, "processType", "project"))
                .post("/api/v1/supervision/department-ratings").then().statusCode(422)
                .body("knownDepartments", hasItem("strategy"));
        given().auth().oauth2(technologyHead).contentType(ContentType.JSON)
                .body(Map.of("ratedDepartment", "technology", "score", 100, "processType", "project"))
                .post("/api/v1/supervision/department-ratings").then().statusCode(422);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("period", "2026-08")
                .queryParam("scenario", "project").queryParam("department", "strategy").queryParam("groupBy", "DEPARTMENT")
                .get("/api/v1/supervision/metrics").then().statusCode(200)
                .body("rows[0].departmentSatisfaction.value", equalTo(85.0f))
                .body("rows[0].departmentSatisfaction.met", equalTo(false)));
        given().queryParam("department", "strategy").queryParam("period", "2026-08")
                .get("/api/v1/supervision/department-ratings").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].score", equalTo(75));
    }

    private static io.restassured.response.ValidatableResponse metrics() {
        return given().queryParam("period", "2026-07").queryParam("scenario", "project")
                .queryParam("department", "marketing").queryParam("groupBy", "DEPARTMENT")
                .get("/api/v1/supervision/metrics").then().statusCode(200);
    }

    /** A project's retrospective completed by marketing with the participating departments' ratings. */
    private static NodeStateChanged retrospective(String number, List<Integer> ratings) {
        return retrospective(number, "marketing", shanghai("2026-07-07T10:00"), ratings);
    }

    private static NodeStateChanged retrospective(String number, String department, Instant done, List<Integer> ratings) {
        Instant started = done.minus(Duration.ofDays(1));
        return NodeStateChanged.builder()
                .eventId(UUID.randomUUID()).occurredAt(done)
                .processType("project").instanceId(UUID.randomUUID()).businessNumber(number)
                .nodeKey("RETROSPECTIVE").nodeNameZh("项目复盘").nodeNameEn("Retrospective").attempt(1)
                .previousState(NodeState.ACTIVE).newState(NodeState.COMPLETED)
                .responsibleDepartment(department).responsiblePerson("u1001").cooperatingDepartments(List.of())
                .startedAt(started).dueAt(done.plus(Duration.ofDays(2)))
                .limit(LimitSpec.ofWorkingDays(3)).calendarVersion("CN-2026.1")
                .completedAt(done).onTime(true).outcome("reviewed").outputs(List.of()).requiredOutputs(List.of())
                .instanceStatus(InstanceStatus.ENDED).endState("COMPLETED")
                .actor(Actor.SYSTEM).attributes(Map.of("departmentSatisfaction", ratings))
                .build();
    }
}
