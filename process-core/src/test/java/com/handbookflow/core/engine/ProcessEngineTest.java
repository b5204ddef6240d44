package com.handbookflow.core.engine;

import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ProcessEngineTest {

    static final Actor ALICE = new Actor("u1", "Alice", "marketing");
    static final List<NodeOutput> REQUEST_FORM = List.of(new NodeOutput("request-form", "dms://rf/1"));
    private static final List<NodeOutput> REVIEW_FORM = List.of(new NodeOutput("review-form", "dms://rv/1"));

    @Inject
    ProcessEngine engine;

    @Inject
    EntityManager entityManager;

    @Inject
    MutableClock clock;

    @BeforeEach
    void eveOfNationalDay() {
        clock.setShanghai("2026-09-30T09:00");
    }

    @Test
    void a_started_process_has_its_first_node_active_and_due_on_the_working_day_calendar() {
        UUID id = start();
        NodeInstance draft = inTx(() -> engine.load(id).activeNode().orElseThrow());

        assertEquals("DRAFT", draft.nodeKey());
        assertEquals("marketing", draft.responsibleDepartment());
        assertEquals("P3WD", draft.limitSpec());
        // Oct 1-7 are holidays; Oct 8, Oct 9 and the make-up Saturday Oct 10 are the three working days.
        assertEquals(Instant.parse("2026-10-10T10:00:00Z"), draft.dueAt());
    }

    @Test
    void an_instance_started_in_a_transaction_is_loaded_by_it_with_its_first_node_before_anything_is_flushed() {
        // load skips the automatic flush only for instances the transaction has not touched; this one it started.
        ProcessInstance loaded = inTx(() -> {
            ProcessInstance started = engine.start("approval", "AP-" + UUID.randomUUID().toString().substring(0, 8),
                    Map.of("priority", "HIGH"), ALICE, Activation.DEFAULT);
            return engine.load(started.id());
        });

        assertEquals("DRAFT", loaded.activeNode().orElseThrow().nodeKey());
    }

    @Test
    void a_node_cannot_complete_without_its_required_output() {
        UUID id = start();

        given().contentType(ContentType.JSON).body(Map.of("outcome", "submitted"))
                .post("/test/approvals/{id}/nodes/DRAFT/completion", id)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("missingOutputs", contains("request-form"))
                .body("detail", containsString("request-form"))
                .body("detailZh", containsString("申请表"));
        assertEquals("DRAFT", inTx(() -> engine.load(id).activeNode().orElseThrow().nodeKey()));
    }

    @Test
    void completing_a_node_that_is_not_active_is_refused_naming_the_active_node() {
        UUID id = start();

        given().contentType(ContentType.JSON).body(Map.of("outcome", "approved", "outputs", REVIEW_FORM))
                .post("/test/approvals/{id}/nodes/REVIEW/completion", id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentNode", equalTo("DRAFT"))
                .body("detail", containsString("active node is DRAFT"));
    }

    @Test
    void an_unknown_outcome_is_refused_with_the_allowed_ones() {
        UUID id = start();

        given().contentType(ContentType.JSON).body(Map.of("outcome", "teleported", "outputs", REQUEST_FORM))
                .post("/test/approvals/{id}/nodes/DRAFT/completion", id)
                .then().statusCode(422)
                .body("allowedOutcomes", contains("submitted"));
    }

    @Test
    void needs_changes_sends_the_process_back_to_a_new_attempt_of_the_earlier_node() {
        UUID id = start();
        complete(id, "DRAFT", "submitted", REQUEST_FORM);
        complete(id, "REVIEW", "needs-changes", REVIEW_FORM);

        List<NodeInstance> timeline = inTx(() -> engine.load(id).nodes());
        assertEquals(List.of("DRAFT", "REVIEW", "DRAFT"), timeline.stream().map(NodeInstance::nodeKey).toList());
        assertEquals(List.of(NodeState.COMPLETED, NodeState.RETURNED, NodeState.ACTIVE),
                timeline.stream().map(NodeInstance::state).toList());
        assertEquals(2, timeline.get(2).attempt());
    }

    @Test
    void a_node_completed_after_its_due_instant_is_recorded_late() {
        UUID id = start();
        clock.setShanghai("2026-10-12T09:00");
        complete(id, "DRAFT", "submitted", REQUEST_FORM);

        NodeInstance draft = inTx(() -> engine.load(id).latest("DRAFT").orElseThrow());
        assertEquals(Boolean.FALSE, draft.onTime());
    }

    @Test
    void a_rejection_ends_the_process_and_nothing_moves_afterwards() {
        UUID id = start();
        complete(id, "DRAFT", "submitted", REQUEST_FORM);
        complete(id, "REVIEW", "rejected", REVIEW_FORM);

        ProcessInstance ended = inTx(() -> engine.load(id));
        assertEquals(InstanceStatus.ENDED, ended.status());
        assertEquals("REJECTED", ended.endState());
        given().contentType(ContentType.JSON).body(Map.of("outcome", "submitted", "outputs", REQUEST_FORM))
                .post("/test/approvals/{id}/nodes/DRAFT/completion", id)
                .then().statusCode(409)
                .body("currentState", equalTo("REJECTED"));
    }

    @Test
    void a_node_limited_from_process_start_is_due_counted_from_the_start() {
        UUID id = start();
        clock.setShanghai("2026-09-30T10:00");
        complete(id, "DRAFT", "submitted", REQUEST_FORM);
        complete(id, "REVIEW", "approved", REVIEW_FORM);

        NodeInstance publish = inTx(() -> engine.load(id).activeNode().orElseThrow());
        assertEquals("PUBLISH", publish.nodeKey());
        assertEquals(Instant.parse("2026-10-01T01:00:00Z"), publish.dueAt()); // 24 h after 2026-09-30 09:00 +08
    }

    @Test
    void of_two_concurrent_moves_on_one_instance_exactly_one_wins() throws Exception {
        UUID id = start();
        CountDownLatch bothLoaded = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                attempts.add(pool.submit(() -> {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> {
                            ProcessInstance instance = engine.load(id);
                            instance.nodes(); // loaded before the other commits
                            bothLoaded.countDown();
                            await(bothLoaded);
                            engine.complete(instance, "DRAFT", "submitted", REQUEST_FORM, ALICE, null,
                                    Activation.DEFAULT);
                        });
                        return true;
                    } catch (RuntimeException e) {
                        return false;
                    }
                }));
            }
            int wins = 0;
            for (Future<Boolean> attempt : attempts) {
                wins += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, wins);
        } finally {
            pool.shutdownNow();
        }
        List<NodeInstance> timeline = inTx(() -> engine.load(id).nodes());
        assertEquals(List.of("DRAFT", "REVIEW"), timeline.stream().map(NodeInstance::nodeKey).toList());
    }

    @Test
    void of_two_clients_completing_the_same_node_at_once_one_succeeds_and_the_other_gets_a_409_problem()
            throws Exception {
        for (int round = 0; round < 5; round++) {
            UUID id = start();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    answers.add(pool.submit(() -> {
                        go.await(10, TimeUnit.SECONDS);
                        return given().contentType(ContentType.JSON)
                                .body(Map.of("outcome", "submitted", "outputs", REQUEST_FORM))
                                .post("/test/approvals/{id}/nodes/DRAFT/completion", id).statusCode();
                    }));
                }
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(30, TimeUnit.SECONDS));
                }
                statuses.sort(null);
                assertEquals(List.of(200, 409), statuses, "round " + round);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(List.of("DRAFT", "REVIEW"),
                    inTx(() -> engine.load(id).nodes()).stream().map(NodeInstance::nodeKey).toList());
        }
    }

    @Test
    void the_acting_user_is_recorded_on_the_transition() {
        UUID id = start();
        given().contentType(ContentType.JSON)
                .auth().oauth2(Tokens.named("u42", "李雷", "marketing", Role.STAFF))
                .body(Map.of("outcome", "submitted", "outputs", REQUEST_FORM))
                .post("/test/approvals/{id}/nodes/DRAFT/guarded-completion", id)
                .then().statusCode(200);

        NodeInstance draft = inTx(() -> engine.load(id).latest("DRAFT").orElseThrow());
        assertEquals("u42", draft.actorId());
        assertEquals("李雷", draft.actorName());
        assertTrue(draft.completedAt() != null);
    }

    @Test
    void only_the_responsible_department_may_act_on_a_node() {
        UUID id = start();
        given().contentType(ContentType.JSON)
                .auth().oauth2(Tokens.of("u7", "finance", Role.DEPT_HEAD))
                .body(Map.of("outcome", "submitted", "outputs", REQUEST_FORM))
                .post("/test/approvals/{id}/nodes/DRAFT/guarded-completion", id)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("allowedDepartments", contains("marketing"))
                .body("detail", containsString("marketing"));

        given().contentType(ContentType.JSON)
                .auth().oauth2(Tokens.admin())
                .body(Map.of("outcome", "submitted", "outputs", REQUEST_FORM))
                .post("/test/approvals/{id}/nodes/DRAFT/guarded-completion", id)
                .then().statusCode(200);
    }

    private UUID start() {
        return UUID.fromString(given().post("/test/approvals").then().statusCode(200).extract().path("id"));
    }

    private void complete(UUID id, String node, String outcome, List<NodeOutput> outputs) {
        given().contentType(ContentType.JSON).body(Map.of("outcome", outcome, "outputs", outputs))
                .post("/test/approvals/{id}/nodes/{node}/completion", id, node)
                .then().statusCode(200);
    }

    private <T> T inTx(java.util.function.Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            T result = work.get();
            if (result instanceof ProcessInstance p) {
                p.nodes().forEach(NodeInstance::outputs);
            }
            return result;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
