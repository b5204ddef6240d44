package com.handbookflow.core.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
    void a_key_longer_than_its_column_is_refused_naming_the_header() {
        long before = instances();
        given().header("Idempotency-Key", "k".repeat(256)).post("/test/approvals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://handbookflow.com/problems/invalid-input"))
                .body("title", equalTo("Invalid input"))
                .body("titleZh", equalTo("输入无效"))
                .body("detail", equalTo("Idempotency-Key: must be 1 to 255 characters"))
                .body("detailZh", equalTo("Idempotency-Key：长度必须为 1 到 255 个字符"))
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message", equalTo("must be 1 to 255 characters"));
        assertEquals(before, instances());
    }

    @Test
    void a_key_left_in_flight_by_a_server_that_died_is_free_at_once_and_its_retry_creates_once() {
        String key = UUID.randomUUID().toString();
        long before = instances();
        // what the previous version left when killed between its business commit and completing the key
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into idempotency_record (principal, idempotency_key, request_hash, state, created_at,"
                                + " expires_at) values ('admin', :key, 'x', 'IN_FLIGHT', :now, :later)")
                .setParameter("key", key).setParameter("now", Instant.now())
                .setParameter("later", Instant.now().plusSeconds(3600)).executeUpdate());

        given().header("Idempotency-Key", key).post("/test/approvals").then().statusCode(200);
        given().header("Idempotency-Key", key).post("/test/approvals").then().statusCode(200)
                .header("Idempotent-Replayed", "true");
        assertEquals(before + 1, instances());
    }

    @Test
    void the_key_is_completed_in_the_transaction_that_creates_the_object_and_names_it() {
        String key = UUID.randomUUID().toString();
        String location = given().header("Idempotency-Key", key).post("/test/crash-prone-approvals")
                .then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        // PostgreSQL's xmin is the transaction that wrote a row: one commit wrote both, or neither exists.
        Object[] written = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "select r.xmin::text, p.xmin::text, r.state, r.response_status, r.response_location"
                                + " from idempotency_record r, process_instance p"
                                + " where r.idempotency_key = :key and p.id = cast(:id as uuid)")
                .setParameter("key", key).setParameter("id", id).getSingleResult());
        assertEquals(written[0], written[1], "the key and the approval were committed by one transaction");
        assertEquals("DONE", written[2]);
        assertEquals(201, ((Number) written[3]).intValue());
        assertEquals(location, written[4]);

        given().header("Idempotency-Key", key).post("/test/crash-prone-approvals").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", location)
                .body("id", equalTo(id));
    }

    @Test
    void a_request_that_dies_before_its_commit_leaves_nothing_and_its_key_free_for_the_retry() {
        String key = UUID.randomUUID().toString();
        long before = instances();

        given().header("Idempotency-Key", key).queryParam("crash", true).post("/test/crash-prone-approvals")
                .then().statusCode(500);
        assertEquals(before, instances(), "the approval was rolled back");
        assertEquals(0L, keys(key), "and the key with it");

        given().header("Idempotency-Key", key).post("/test/crash-prone-approvals").then().statusCode(201);
        given().header("Idempotency-Key", key).post("/test/crash-prone-approvals").then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        assertEquals(before + 1, instances(), "created exactly once");
    }

    @Test
    void requests_with_one_key_sent_at_once_create_once_and_all_answer_the_first_response() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = instances();
        int requests = 6;
        ExecutorService senders = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ExtractableResponse<io.restassured.response.Response>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(senders.submit(() -> {
                    start.await();
                    return given().header("Idempotency-Key", key).post("/test/crash-prone-approvals").then().extract();
                }));
            }
            start.countDown();
            Set<String> locations = new HashSet<>();
            Set<String> bodies = new HashSet<>();
            for (Future<ExtractableResponse<io.restassured.response.Response>> answer : answers) {
                ExtractableResponse<io.restassured.response.Response> response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
                locations.add(response.header("Location"));
                bodies.add(response.asString());
            }
            assertEquals(1, locations.size(), "every answer names the one approval: " + locations);
            assertEquals(1, bodies.size(), "and carries the first response's body: " + bodies);
        } finally {
            senders.shutdownNow();
        }
        assertEquals(before + 1, instances(), "created exactly once");
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

    private long keys(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from idempotency_record where idempotency_key = :key")
                .setParameter("key", key).getSingleResult()).longValue());
    }

    private long instances() {
        return QuarkusTransaction.requiringNew().call(() ->
                entityManager.createQuery("select count(p) from ProcessInstance p", Long.class).getSingleResult());
    }
}
