package com.handbookflow.project.gantt.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.Tokens;
import com.handbookflow.project.gantt.HandbookCampaign;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * GET /api/v1/projects/{number}/gantt over HTTP, on the handbook's campaign ({@link HandbookCampaign})
 * served by {@link CampaignSource}, a stand-in for the task model: the source decides who sees a
 * project, here the departments with a task in it, supervisors and administrators.
 */
@QuarkusTest
@TestProfile(CampaignSource.Profile.class)
class GanttResourceTest {

    static final String GANTT = "/api/v1/projects/{number}/gantt";

    @Inject
    MutableClock clock;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void theMorningAfterNationalDayWeek() {
        clock.setShanghai(HandbookCampaign.NOW);
    }

    @Test
    void the_chart_as_json_shows_the_delay_across_national_day_and_its_knock_on() {
        given().auth().oauth2(Tokens.of("li", "design", Role.STAFF))
                .accept("application/json").get(GANTT, HandbookCampaign.NUMBER)
                .then().statusCode(200).contentType("application/json")
                .body("projectName", equalTo("市场活动推广"))
                .body("today", equalTo("2026-10-09"))
                .body("tasks.name", hasItems("活动策划方案", "宣传物料设计", "活动页面技术开发"))
                .body("tasks[1].status.zh", equalTo("延期"))
                .body("tasks[1].workingDaysLate", equalTo(2))
                .body("tasks[2].projectedStart", equalTo("2026-10-10"))
                .body("tasks[2].knockOn.pushedBy", equalTo(java.util.List.of("T2")))
                .body("delays[0].knockOnTasks", equalTo(java.util.List.of("T3")))
                .body("days.find { it.date == '2026-10-10' }.kind", equalTo("MAKE_UP_WORKING_DAY"))
                .body("days.find { it.date == '2026-10-01' }.nameZh", equalTo("国庆节"));
    }

    @Test
    void json_is_the_default_and_the_openapi_example_is_exactly_what_the_endpoint_answers() throws Exception {
        String body = given().get(GANTT, HandbookCampaign.NUMBER).then().statusCode(200)
                .contentType("application/json").extract().asString();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "gantt"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "gantt", "handbook-campaign.json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(body)));

        assertEquals(json.readTree(GanttApiExamples.CHART), json.readTree(body));
    }

    @Test
    void the_chart_as_svg_is_a_picture_with_chinese_labels() {
        given().accept("image/svg+xml").get(GANTT, HandbookCampaign.NUMBER)
                .then().statusCode(200).contentType("image/svg+xml")
                .body(startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""))
                .body(containsString("宣传物料设计"))
                .body(containsString("国庆节 休"))
                .body(containsString("延期 2 个工作日"));
    }

    @Test
    void a_browser_image_request_gets_the_svg() {
        given().accept("image/avif,image/webp,image/*;q=0.8,*/*;q=0.5").get(GANTT, HandbookCampaign.NUMBER)
                .then().statusCode(200).contentType("image/svg+xml");
    }

    @Test
    void a_project_the_caller_takes_no_part_in_is_not_found_like_one_that_does_not_exist() {
        given().auth().oauth2(Tokens.of("qian", "finance", Role.STAFF, Role.DEPT_HEAD))
                .get(GANTT, HandbookCampaign.NUMBER)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Project PRJ2026001 does not exist."));
        given().get(GANTT, "PRJ2026999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("titleZh", equalTo("未找到"));
    }

    @Test
    void the_supervising_department_sees_every_project() {
        given().auth().oauth2(Tokens.of("auditor", "operations-management", Role.SUPERVISOR))
                .get(GANTT, HandbookCampaign.NUMBER).then().statusCode(200);
    }

    @Test
    void the_chart_needs_a_token() {
        given().auth().none().get(GANTT, HandbookCampaign.NUMBER)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_format_the_chart_does_not_come_in_is_not_acceptable() {
        given().accept("text/csv").get(GANTT, HandbookCampaign.NUMBER).then().statusCode(406);
    }

    @Test
    void the_operation_is_documented_with_both_formats_and_examples() {
        JsonNode operation = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().as(JsonNode.class).path("paths").path("/api/v1/projects/{number}/gantt").path("get");

        assertEquals("getProjectGantt", operation.path("operationId").asText());
        JsonNode ok = operation.path("responses").path("200").path("content");
        assertEquals("PRJ2026001", ok.path("application/json").path("examples").path("national-day-delay")
                .path("value").path("projectNumber").asText());
        assertEquals(true, ok.path("image/svg+xml").path("examples").path("svg").path("value").asText().startsWith("<svg"));
        assertEquals(true, operation.path("responses").has("404"));
    }
}
