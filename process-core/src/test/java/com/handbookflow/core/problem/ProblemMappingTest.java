package com.handbookflow.core.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ProblemMappingTest {

    @Test
    void malformed_json_is_a_400_problem_and_not_a_stack_trace() {
        given().contentType(ContentType.JSON).body("{\"outcome\": ")
                .post("/test/approvals/{id}/nodes/DRAFT/completion", UUID.randomUUID())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed request"))
                .body("titleZh", equalTo("请求格式错误"))
                .body(not(containsString("at com.")));
    }

    @Test
    void an_unknown_instance_is_a_404_problem_naming_it() {
        UUID unknown = UUID.randomUUID();
        given().contentType(ContentType.JSON).body("{\"outcome\": \"submitted\"}")
                .post("/test/approvals/{id}/nodes/DRAFT/completion", unknown)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString(unknown.toString()));
    }

    @Test
    void a_path_parameter_of_the_wrong_type_is_a_client_error() {
        given().contentType(ContentType.JSON).body("{}")
                .post("/test/approvals/not-a-uuid/nodes/DRAFT/completion")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void an_oversized_body_is_refused_with_413_before_it_is_read() {
        given().contentType(ContentType.JSON).body("{\"comment\": \"" + "x".repeat(600 * 1024) + "\"}")
                .post("/test/approvals/{id}/nodes/DRAFT/completion", UUID.randomUUID())
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("titleZh", equalTo("请求过大"));
    }
}
