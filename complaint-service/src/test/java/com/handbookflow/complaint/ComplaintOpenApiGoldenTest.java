package com.handbookflow.complaint;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The OpenAPI document front ends and OA teams build against stays as recorded before the scenario
 * kit: moving code into process-core must not change the contract. Keys are compared in sorted order.
 * {@code operationId} fields are ignored: they are being added to every operation in parallel, an
 * additive change that does not alter what a client sends or receives. To re-record after a
 * deliberate change: {@code -Dgolden.record=true}.
 */
@QuarkusTest
class ComplaintOpenApiGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/complaint-openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void the_openapi_document_is_the_recorded_one() throws Exception {
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        String actual = canonical(document);
        if (Boolean.getBoolean("golden.record")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
    }

    private static String canonical(String document) throws Exception {
        Object tree = JSON.readValue(document, Object.class);
        withoutOperationIds(tree);
        return JSON.writeValueAsString(tree) + "\n";
    }

    @SuppressWarnings("unchecked")
    private static void withoutOperationIds(Object node) {
        if (node instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).remove("operationId");
            map.values().forEach(ComplaintOpenApiGoldenTest::withoutOperationIds);
        } else if (node instanceof List<?> list) {
            list.forEach(ComplaintOpenApiGoldenTest::withoutOperationIds);
        }
    }
}
