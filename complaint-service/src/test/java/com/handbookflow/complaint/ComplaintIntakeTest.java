package com.handbookflow.complaint;

import com.handbookflow.core.testing.OnAMondayMorning;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.handbookflow.complaint.ComplaintFixtures.act;
import static com.handbookflow.complaint.ComplaintFixtures.agent;
import static com.handbookflow.complaint.ComplaintFixtures.as;
import static com.handbookflow.complaint.ComplaintFixtures.form;
import static com.handbookflow.complaint.ComplaintFixtures.get;
import static com.handbookflow.complaint.ComplaintFixtures.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ComplaintIntakeTest extends OnAMondayMorning {

    @Inject
    EntityManager entityManager;

    @Test
    void a_received_complaint_gets_a_number_of_its_day_and_must_be_answered_within_10_minutes() {
        String number = receive("LOGISTICS_DELAY", "GENERAL");

        get(number)
                .body("number", matchesPattern("TS20260907-\\d{4}"))
                .body("status.code", equalTo("OPEN"))
                .body("currentNode", equalTo("ACKNOWLEDGE"))
                .body("timeline[0].limit", equalTo("PT10M"))
                .body("timeline[0].dueAt", equalTo("2026-09-07T01:10:00Z"))
                .body("registration.problemType.zh", equalTo("物流延迟"))
                .body("registration.urgency.code", equalTo("GENERAL"));
    }

    @Test
    void a_complaint_from_an_integration_is_numbered_and_timed_from_its_receipt() {
        Map<String, Object> body = form("PRODUCT_QUALITY", "URGENT");
        body.put("receivedAt", "2026-09-06T23:55:00+08:00");

        String number = agent().body(body).post("/api/v1/complaints").then().statusCode(201)
                .body("number", matchesPattern("TS20260906-\\d{4}"))
                .extract().path("number");

        get(number).body("timeline[0].dueAt", equalTo("2026-09-06T16:05:00Z"))
                .body("timeline[0].overdue", equalTo(true))
                .body("overdue", equalTo(true));
    }

    @Test
    void registration_is_due_24_hours_after_receipt_however_late_the_first_response() {
        String number = receive("SERVICE_ATTITUDE", "GENERAL");
        clock.setShanghai("2026-09-07T15:00");
        act(number, "acknowledgement", null).statusCode(200)
                .body("currentNode", equalTo("REGISTER"))
                .body("timeline[0].onTime", equalTo(false))
                .body("timeline[1].limit", equalTo("PT24H"))
                .body("timeline[1].dueAt", equalTo("2026-09-08T01:00:00Z"));
    }

    @Test
    void the_first_person_to_take_the_complaint_stays_the_customers_contact() {
        String number = receive("AFTER_SALES", "GENERAL");
        as("u1002", "李娜", "customer-service").post("/api/v1/complaints/{n}/acknowledgement", number)
                .then().statusCode(200)
                .body("contactPerson.userId", equalTo("u1002"))
                .body("contactPerson.name", equalTo("李娜"));
        act(number, "registration", Map.of()).statusCode(200)
                .body("timeline[1].person", equalTo("u1002"))
                .body("timeline[2].person", equalTo("u1002"));
    }

    @Test
    void registration_produces_the_registration_form_and_may_correct_it() {
        String number = receive("PRODUCT_QUALITY", "GENERAL");
        act(number, "acknowledgement", null).statusCode(200);

        act(number, "registration", Map.of("description", "冰箱（订单 88001234）压缩机异响。", "urgency", "URGENT"))
                .statusCode(200)
                .body("registration.description", equalTo("冰箱（订单 88001234）压缩机异响。"))
                .body("registration.urgency.code", equalTo("URGENT"))
                .body("registration.complainant", equalTo("王芳"))
                .body("timeline[1].outputs.key", hasItem("registration-form"))
                .body("timeline[1].outputs.reference", hasItem("complaint:" + number + "/registration-form"));
    }

    @Test
    void an_integration_retrying_with_its_idempotency_key_gets_the_first_answer_and_one_complaint() throws Exception {
        Map<String, Object> body = form("LOGISTICS_DELAY", "GENERAL");
        String key = java.util.UUID.randomUUID().toString();
        var first = agent().header("Idempotency-Key", key).body(body).post("/api/v1/complaints")
                .then().statusCode(201).extract();
        // the retries of an OA system, one after the other and several at once
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<io.restassured.response.ExtractableResponse<io.restassured.response.Response>>> retries =
                    new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                retries.add(() -> agent().header("Idempotency-Key", key).body(body).post("/api/v1/complaints")
                        .then().extract());
            }
            for (var retry : pool.invokeAll(retries)) {
                var replay = retry.get();
                assertEquals(201, replay.statusCode());
                assertEquals("true", replay.header("Idempotent-Replayed"));
                assertEquals(first.header("Location"), replay.header("Location"));
                assertEquals(first.asString(), replay.asString());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, complaintsOf((String) body.get("contact")));

        Map<String, Object> other = form("LOGISTICS_DELAY", "URGENT");
        agent().header("Idempotency-Key", key).body(other).post("/api/v1/complaints").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://handbookflow.com/problems/idempotency-key-reused"));
        assertEquals(0L, complaintsOf((String) other.get("contact")));
    }

    @Test
    void registrations_with_one_idempotency_key_sent_at_once_make_one_complaint() throws Exception {
        Map<String, Object> body = form("PRODUCT_QUALITY", "GENERAL");
        String key = java.util.UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Callable<String>> registrations = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                registrations.add(() -> {
                    start.await();
                    return agent().header("Idempotency-Key", key).body(body).post("/api/v1/complaints")
                            .then().statusCode(201).extract().asString();
                });
            }
            List<Future<String>> answers = new ArrayList<>();
            registrations.forEach(registration -> answers.add(pool.submit(registration)));
            start.countDown();
            Set<String> bodies = new HashSet<>();
            for (Future<String> answer : answers) {
                bodies.add(answer.get());
            }
            assertEquals(1, bodies.size(), "every answer is the first response: " + bodies);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, complaintsOf((String) body.get("contact")));
    }

    private long complaintsOf(String contact) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from complaint where contact = :contact").setParameter("contact", contact)
                .getSingleResult()).longValue());
    }

    @Test
    void complaints_registered_at_the_same_moment_never_share_a_number() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> registrations = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                registrations.add(() -> receive("LOGISTICS_DELAY", "GENERAL"));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<String> number : pool.invokeAll(registrations)) {
                numbers.add(number.get());
            }
            assertEquals(12, numbers.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void of_two_agents_taking_a_complaint_at_once_one_becomes_the_contact_and_the_other_is_refused() throws Exception {
        String number = receive("LOGISTICS_DELAY", "GENERAL");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> takes = List.of(
                    () -> as("u1002", "李娜", "customer-service")
                            .post("/api/v1/complaints/{n}/acknowledgement", number).statusCode(),
                    () -> as("u1003", "陈刚", "customer-service")
                            .post("/api/v1/complaints/{n}/acknowledgement", number).statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(takes)) {
                statuses.add(status.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        get(number).body("timeline", org.hamcrest.Matchers.hasSize(2));
    }

    @Test
    void a_complaint_without_a_contact_is_refused_naming_the_field() {
        Map<String, Object> body = form("LOGISTICS_DELAY", "GENERAL");
        body.remove("contact");

        agent().body(body).post("/api/v1/complaints").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("contact"));
    }

    @Test
    void an_unknown_channel_is_refused_with_the_allowed_values() {
        Map<String, Object> body = form("LOGISTICS_DELAY", "GENERAL");
        body.put("channel", "FAX");

        agent().body(body).post("/api/v1/complaints").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"))
                .body("detail", containsString("PHONE"));
    }

    @Test
    void an_other_problem_type_needs_its_free_text() {
        agent().body(form("OTHER", "GENERAL")).post("/api/v1/complaints").then().statusCode(400)
                .body("errors[0].field", equalTo("problemTypeOther"));
    }

    @Test
    void a_complaint_received_in_the_future_is_refused() {
        Map<String, Object> body = form("LOGISTICS_DELAY", "GENERAL");
        body.put("receivedAt", "2026-09-08T09:00:00+08:00");

        agent().body(body).post("/api/v1/complaints").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedAt"));
    }

    @Test
    void a_receipt_a_minute_ahead_of_our_clock_is_taken_as_received_now() {
        Map<String, Object> body = form("LOGISTICS_DELAY", "GENERAL");
        body.put("receivedAt", "2026-09-07T09:01:00+08:00");

        String number = agent().body(body).post("/api/v1/complaints").then().statusCode(201).extract().path("number");
        get(number).body("registration.receivedAt", equalTo("2026-09-07T01:00:00Z"));
    }

    @Test
    void a_complaint_received_more_than_30_days_ago_or_in_year_zero_is_refused_naming_received_at() {
        for (String longAgo : List.of("2026-08-07T09:00:00+08:00", "0000-01-01T00:00:00Z")) {
            Map<String, Object> body = form("LOGISTICS_DELAY", "GENERAL");
            body.put("receivedAt", longAgo);

            agent().body(body).post("/api/v1/complaints").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("receivedAt"));
        }
        Map<String, Object> body = form("LOGISTICS_DELAY", "GENERAL");
        body.put("receivedAt", "2026-08-09T09:00:00+08:00");
        agent().body(body).post("/api/v1/complaints").then().statusCode(201);
    }

    @Test
    void a_review_month_outside_the_calendar_years_is_refused_naming_month() {
        for (String month : List.of("+999999999-12", "-999999999-01", "0000-01")) {
            given().get("/api/v1/complaints/reviews/{month}", month).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("month"));
        }
    }

    @Test
    void a_nul_character_in_the_description_is_refused_naming_it() {
        Map<String, Object> body = form("LOGISTICS_DELAY", "GENERAL");
        body.put("description", "冰箱\u0000未送达");

        agent().body(body).post("/api/v1/complaints").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("description"));
    }

    @Test
    void acknowledging_twice_is_a_conflict_that_changes_nothing() {
        String number = receive("LOGISTICS_DELAY", "GENERAL");
        act(number, "acknowledgement", null).statusCode(200);

        as("u1009", "赵强", "customer-service").post("/api/v1/complaints/{n}/acknowledgement", number)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentNode", equalTo("REGISTER"));
        get(number).body("contactPerson.userId", equalTo("u1001"));
    }

    @Test
    void an_unknown_complaint_is_a_404_problem() {
        given().get("/api/v1/complaints/TS20260907-9999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void the_enumerations_come_with_chinese_and_english_labels() {
        given().get("/api/v1/complaints/enumerations").then().statusCode(200)
                .body("problemTypes.find { it.code == 'PRODUCT_QUALITY' }.zh", equalTo("产品质量"))
                .body("urgencies.find { it.code == 'EXTRA_URGENT' }.en", equalTo("Extra urgent (at once)"))
                .body("rootCauseCategories.find { it.code == 'COURIER' }.zh", equalTo("快递/承运商"))
                .body("nodes[0].code", equalTo("ACKNOWLEDGE"))
                .body("grades.find { it.code == 'MAJOR' }.zh", equalTo("重大投诉"))
                .body("problemTypes.find { it.code == 'NOPE' }", nullValue());
    }
}
