package com.handbookflow.core.testing;

import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * What a front end or OA team would miss in a service's OpenAPI document when it builds against it alone:
 * an operation without an operationId, a request body or an answer without an example (a file download
 * answers bytes, which have none). Read from the running service's {@code /q/openapi}.
 */
public record OpenApiGaps(List<String> missing, int operations) {

    /** The gaps of the operations whose path starts with {@code pathPrefix} (e.g. {@code /api/v1/launches}). */
    @SuppressWarnings("unchecked")
    public static OpenApiGaps under(String pathPrefix) {
        JsonPath openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith(pathPrefix)) {
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
                    boolean fileDownload = path.getKey().endsWith("/content") || path.getKey().endsWith("/archive");
                    if (text.contains("content") && !text.contains("example") && !fileDownload) {
                        missing.add(where + " " + response.getKey() + ": response example");
                    }
                }
            }
        }
        return new OpenApiGaps(missing, operations);
    }
}
