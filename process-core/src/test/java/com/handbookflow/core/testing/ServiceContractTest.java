package com.handbookflow.core.testing;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * What every service promises operations and front ends, whatever its scenario: it is ready only
 * with its database and Kafka, it documents itself, it answers deadline questions on the shared
 * calendar, and it refuses bad input with problem+json. Each service extends this in a {@code @QuarkusTest}.
 */
public abstract class ServiceContractTest {

    @Test
    void the_service_is_ready_with_its_database_and_kafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check", "Outbox relay"));
    }

    @Test
    void the_openapi_document_and_swagger_ui_are_served() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/calendar/deadline"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void three_working_days_from_the_eve_of_national_day_end_on_the_make_up_saturday() {
        given().queryParam("start", "2026-09-30T09:00:00+08:00").queryParam("limit", "P3WD")
                .get("/api/v1/calendar/deadline").then().statusCode(200)
                .body("dueAt", equalTo("2026-10-10T10:00:00Z"));
    }

    @Test
    void an_unknown_limit_is_refused_with_a_problem_naming_the_parameter() {
        given().queryParam("start", "2026-09-30T09:00:00+08:00").queryParam("limit", "P3X")
                .get("/api/v1/calendar/deadline").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"))
                .body("detail", containsString("P3X"));
    }

    @Test
    void an_unknown_path_is_a_problem_not_a_stack_trace() {
        given().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
