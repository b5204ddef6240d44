package com.handbookflow.core.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    EntityManager entityManager;

    @Test
    void a_retried_create_with_the_same_key_returns_the_first_response_and_creates_nothing_new() {
        String key = UUID.randomUUID().toString();
        long before = instances();

        String first = given().header("Idempotency-Key", key).post("/test/approvals")
                .then().statusCode(200).extract().path("id");
        String retry = given().header("Idempotency-Key", key).post("/test/approvals")
                .then().statusCode(200).header("Idempotent-Replayed", "true").extract().path("id");

        assertEquals(first, retry);
        assertEquals(before + 1, instances());
    }

    @Test
    void the_same_key_with_another_body_is_refused() {
        String id = given().post("/test/approvals").then().statusCode(200).extract().path("id");
        String key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("outcome", "submitted", "outputs", List.of(Map.of("key", "request-form"))))
                .post("/test/approvals/{id}/nodes/DRAFT/completion", id).then().statusCode(200);

        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("outcome", "submitted", "outputs", List.of(Map.of("key", "other-form"))))
                .post("/test/approvals/{id}/nodes/DRAFT/completion", id)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://handbookflow.com/problems/idempotency-key-reused"));
    }

    @Test
    void a_retry_while_the_first_request_is_still_running_is_told_to_wait() {
        String key = UUID.randomUUID().toString();
        // tests call as the administrator (SignedInByDefault); keys are remembered per user
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into idempotency_record (principal, idempotency_key, request_hash, state, created_at,"
                                + " expires_at) values ('admin', :key, 'x', 'IN_FLIGHT', :now, :later)")
                .setParameter("key", key).setParameter("now", Instant.now())
                .setParameter("later", Instant.now().plusSeconds(3600)).executeUpdate());

        given().header("Idempotency-Key", key).post("/test/approvals")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://handbookflow.com/problems/idempotent-request-in-flight"));
    }

    @Test
    void a_refused_request_is_not_remembered_so_its_corrected_retry_runs() {
        String id = given().post("/test/approvals").then().statusCode(200).extract().path("id");
        String key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("outcome", "submitted"))
                .post("/test/approvals/{id}/nodes/DRAFT/completion", id).then().statusCode(422);

        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("outcome", "submitted"))
                .post("/test/approvals/{id}/nodes/DRAFT/completion", id).then().statusCode(422)
                .body("missingOutputs[0]", equalTo("request-form"));
    }

    private long instances() {
        return QuarkusTransaction.requiringNew().call(() ->
                entityManager.createQuery("select count(p) from ProcessInstance p", Long.class).getSingleResult());
    }
}
