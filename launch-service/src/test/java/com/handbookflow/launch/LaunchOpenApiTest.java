package com.handbookflow.launch;

import com.handbookflow.core.testing.OpenApiGaps;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A front end or OA team builds against the OpenAPI document alone: every operation is named and has examples. */
@QuarkusTest
class LaunchOpenApiTest {

    @Test
    void every_launch_operation_has_an_operation_id_and_an_example_for_its_body_and_its_answers() {
        OpenApiGaps gaps = OpenApiGaps.under("/api/v1/launches");
        assertEquals(List.of(), gaps.missing());
        assertEquals(21, gaps.operations());
    }
}
