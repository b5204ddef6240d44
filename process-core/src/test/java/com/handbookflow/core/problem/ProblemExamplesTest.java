package com.handbookflow.core.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The problem examples every service's OpenAPI document shows are what ProblemMapper really answers. */
class ProblemExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void the_unauthenticated_example_is_the_real_401() throws Exception {
        Response response = mapper.unauthenticated(new io.quarkus.security.UnauthorizedException(), null);
        assertEquals(401, response.getStatus());
        assertSameJson(ProblemExamples.UNAUTHENTICATED, response);
    }

    @Test
    void the_concurrent_change_example_is_the_real_409() throws Exception {
        Response response = mapper.concurrentChange(new jakarta.persistence.OptimisticLockException(), null);
        assertEquals(409, response.getStatus());
        assertSameJson(ProblemExamples.CONCURRENT_CHANGE, response);
    }

    private static void assertSameJson(String example, Response response) throws Exception {
        assertEquals(JSON.readTree(example), JSON.readTree(JSON.writeValueAsString(response.getEntity())));
    }
}
