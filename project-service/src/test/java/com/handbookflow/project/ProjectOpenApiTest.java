package com.handbookflow.project;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A front end or OA team builds against the OpenAPI document alone: every operation is named and has examples. */
@QuarkusTest
class ProjectOpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void every_project_operation_has_an_operation_id_and_an_example_for_its_body_and_its_answers() {
        JsonPath openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/projects")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                if (!(operation.getValue() instanceof Map<?, ?> op) || !op.containsKey("responses")) {
                    continue;
                }
                operations++;
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                if (op.get("operationId") == null) {
                    missing.add(where + ": operationId");
                }
                Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                if (body != null && !String.valueOf(body).contains("examples")) {
                    missing.add(where + ": request example");
                }
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                for (var response : responses.entrySet()) {
                    String text = String.valueOf(response.getValue());
                    if (text.contains("content") && !text.contains("example")) {
                        missing.add(where + " " + response.getKey() + ": response example");
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(operations >= 24, "operations: " + operations);
    }
}
