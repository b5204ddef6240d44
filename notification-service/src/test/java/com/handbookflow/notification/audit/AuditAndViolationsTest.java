package com.handbookflow.notification.audit;

import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.Tokens;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** June 2026: the monthly sample, an auditor's finding, automatic violations, and the Q2 review pack. */
@QuarkusTest
class AuditAndViolationsTest {

    private static final String DEPARTMENT = "operations-management";

    @Inject
    MutableClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditSampling sampling;

    @Inject
    ViolationGauges violationGauges;

    @Test
    void ten_percent_of_a_months_closed_cases_are_sampled_reproducibly_at_least_one_per_scenario() {
        try (ScenarioEvents events = new ScenarioEvents()) {
            for (int i = 0; i < 25; i++) {
                events.send(ScenarioEvents.caseEnded("complaint", UUID.randomUUID(), "TS202606-" + i, DEPARTMENT,
                        shanghai("2026-06-10T10:00").plusSeconds(i)));
            }
            events.send(ScenarioEvents.caseEnded("launch", UUID.randomUUID(), "XYW202606-1", "product",
                    shanghai("2026-06-30T23:00")));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> closedCasesOf("2026-06") == 26);

        clock.setShanghai("2026-06-20T09:00");
        given().get("/api/v1/supervision/audits/2026-06").then().statusCode(409)
                .contentType("application/problem+json");

        clock.setShanghai("2026-07-01T09:00");
        assertEquals(Optional.of(YearMonth.of(2026, 6)), sampling.drawDue(), "1 July is a working day: June is drawn");
        List<String> sample = given().get("/api/v1/supervision/audits/2026-06").then().statusCode(200)
                .extract().jsonPath().getList("processType");
        assertEquals(List.of("complaint", "complaint", "complaint", "launch"), sample,
                "ceil(10% of 25) complaints, and the one launch");
        List<String> first = ids();
        assertEquals(first, ids(), "the same month gives the same sample");

        String audited = first.get(0);
        given().contentType(ContentType.JSON)
                .auth().oauth2(Tokens.of("u6001", "operations-management", Role.SUPERVISOR))
                .body(Map.of("verdict", "VIOLATION", "category", "DOCUMENT_MISMATCH", "note", "方案与实际不符"))
                .post("/api/v1/supervision/audits/2026-06/cases/{id}/finding", audited).then().statusCode(200)
                .body("verdict.code", equalTo("VIOLATION"))
                .body("auditor", equalTo("u6001"));
        given().contentType(ContentType.JSON).body(Map.of("verdict", "COMPLIANT"))
                .post("/api/v1/supervision/audits/2026-06/cases/{id}/finding", audited).then().statusCode(409);
        given().queryParam("quarter", "2026-Q2").queryParam("department", DEPARTMENT)
                .get("/api/v1/supervision/violations").then().statusCode(200)
                .body("items.find { it.instanceId == '" + audited + "' }.category.zh", equalTo("文档与实际不符"))
                .body("items.find { it.instanceId == '" + audited + "' }.source.code", equalTo("AUDIT"));
    }

    @Test
    void skipped_steps_and_overridden_outputs_are_registered_and_counted_against_the_quarterly_target() {
        UUID case1 = UUID.randomUUID();
        try (ScenarioEvents events = new ScenarioEvents()) {
            for (String number : List.of("TS20260415-1", "TS20260415-2")) {
                NodeStateChanged plan = ScenarioEvents.activated(UUID.randomUUID(), number, "PLAN", "logistics", "u9301",
                        shanghai("2026-04-15T09:00"), shanghai("2026-04-17T18:00"), "P2WD");
                events.send(plan);
                events.send(ScenarioEvents.closed(plan, NodeState.SKIPPED, shanghai("2026-04-16T09:00"), Map.of(), List.of(),
                        List.of("handling-plan"), true));
            }
            NodeStateChanged execute = ScenarioEvents.activated(case1, "TS20260415-3", "EXECUTE", "logistics", "u9301",
                    shanghai("2026-04-15T09:00"), shanghai("2026-04-17T18:00"), "P2WD");
            events.send(execute);
            events.send(ScenarioEvents.closed(execute, NodeState.COMPLETED, shanghai("2026-04-16T10:00"), Map.of(), List.of(),
                    List.of("execution-record"), true));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("quarter", "2026-Q2")
                .queryParam("department", "logistics").get("/api/v1/supervision/violations").then()
                .body("byDepartment[0].violations.value", equalTo(3.0f))
                .body("byDepartment[0].violations.met", equalTo(false)));
        clock.setShanghai("2026-05-04T09:00");
        violationGauges.refresh();
        given().get("/q/metrics").then().statusCode(200) // what the alert "violations over the quarter's limit" reads
                .body(containsString("handbook_violations_this_quarter{department=\"logistics\"} 3.0"));
        String missingOutputs = given().queryParam("quarter", "2026-Q2").queryParam("department", "logistics")
                .get("/api/v1/supervision/violations").then()
                .body("items.category.code", hasItem("STEP_SKIPPED"))
                .extract().path("items.find { it.category.code == 'MISSING_OUTPUTS' }.id");

        given().get("/api/v1/supervision/reviews/2026-Q2").then().statusCode(200)
                .body("departments.find { it.scenario == 'complaint' && it.department == 'logistics' }.violations.met",
                        equalTo(false))
                .body("openViolations.id", hasItem(missingOutputs));
        given().post("/api/v1/supervision/violations/{id}/resolve", missingOutputs).then().statusCode(200)
                .body("status.code", equalTo("RESOLVED"));
        given().get("/api/v1/supervision/reviews/2026-Q2").then()
                .body("openViolations.id", not(hasItem(missingOutputs)));
    }

    @Test
    void the_month_is_drawn_on_the_first_working_day_after_it_announced_to_the_supervising_department_and_a_late_closure_enters_the_next_draw() {
        try (ScenarioEvents events = new ScenarioEvents()) {
            for (int i = 0; i < 12; i++) {
                events.send(ScenarioEvents.caseEnded("complaint", UUID.randomUUID(), "TS202609-" + i, "customer-service",
                        shanghai("2026-09-15T10:00").plusSeconds(i)));
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> closedCasesOf("2026-09") == 12);

        clock.setShanghai("2026-10-01T09:00");
        assertTrue(sampling.drawDue().isEmpty(), "1-7 October are National Day holidays: no draw");
        given().get("/api/v1/supervision/audits/2026-09").then().statusCode(409)
                .contentType("application/problem+json")
                .body("drawDay", equalTo("2026-10-08"));
        assertEquals(0, draws("2026-09"), "reading the sample never draws it");

        clock.setShanghai("2026-10-08T09:00");
        assertEquals(Optional.of(YearMonth.of(2026, 9)), sampling.drawDue(), "8 October is the first working day");
        assertTrue(sampling.drawDue().isEmpty(), "drawn once");
        List<String> september = given().get("/api/v1/supervision/audits/2026-09").then().statusCode(200)
                .body("size()", equalTo(2))
                .extract().jsonPath().getList("instanceId");
        given().queryParam("department", "operations-management").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.itemKey == 'audit-sample' && it.businessNumber == 'AUDIT-2026-09' }.kind.code",
                        equalTo("ANNOUNCEMENT"))
                .body("items.find { it.businessNumber == 'AUDIT-2026-09' }.titleZh", containsString("2 件（结案 12 件）"));

        UUID late = UUID.randomUUID();
        try (ScenarioEvents events = new ScenarioEvents()) {
            events.send(ScenarioEvents.caseEnded("complaint", late, "TS202609-LATE", "logistics",
                    shanghai("2026-09-30T17:00")));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> closedCasesOf("2026-09") == 13);
        assertEquals(september, given().get("/api/v1/supervision/audits/2026-09").then().statusCode(200)
                .extract().jsonPath().getList("instanceId"), "a drawn sample never changes");

        clock.setShanghai("2026-11-02T09:00");
        assertEquals(Optional.of(YearMonth.of(2026, 10)), sampling.drawDue());
        given().get("/api/v1/supervision/audits/2026-10").then().statusCode(200)
                .body("instanceId", hasItem(late.toString()))
                .body("find { it.instanceId == '" + late + "' }.closedAt", startsWith("2026-09-30"));
    }

    @Test
    void a_finding_counts_against_the_department_that_caused_it_by_default_the_closing_nodes() {
        UUID closedByCustomerService = UUID.randomUUID();
        UUID secondCase = UUID.randomUUID();
        try (ScenarioEvents events = new ScenarioEvents()) {
            events.send(ScenarioEvents.caseEnded("project", closedByCustomerService, "XM202608-1", "customer-service",
                    shanghai("2026-08-10T10:00")));
            events.send(ScenarioEvents.caseEnded("launch", secondCase, "XYW202608-1", "customer-service",
                    shanghai("2026-08-11T10:00")));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> closedCasesOf("2026-08") == 2);
        clock.setShanghai("2026-09-01T09:00");
        sampling.drawDue();

        given().contentType(ContentType.JSON)
                .body(Map.of("verdict", "VIOLATION", "category", "DOCUMENT_MISMATCH", "department", "nowhere"))
                .post("/api/v1/supervision/audits/2026-08/cases/{id}/finding", closedByCustomerService).then()
                .statusCode(422).contentType("application/problem+json")
                .body("knownDepartments", hasItem("after-sales"));
        given().get("/api/v1/supervision/audits/2026-08").then()
                .body("find { it.instanceId == '" + closedByCustomerService + "' }.verdict", nullValue());

        given().contentType(ContentType.JSON)
                .body(Map.of("verdict", "VIOLATION", "category", "DOCUMENT_MISMATCH", "note", "售后未按方案执行",
                        "department", "after-sales"))
                .post("/api/v1/supervision/audits/2026-08/cases/{id}/finding", closedByCustomerService).then()
                .statusCode(200).body("causingDepartment", equalTo("after-sales"));
        given().contentType(ContentType.JSON).body(Map.of("verdict", "VIOLATION", "category", "DOCUMENT_MISMATCH"))
                .post("/api/v1/supervision/audits/2026-08/cases/{id}/finding", secondCase).then()
                .statusCode(200).body("causingDepartment", equalTo("customer-service"));

        given().queryParam("quarter", "2026-Q3").get("/api/v1/supervision/violations").then().statusCode(200)
                .body("items.find { it.instanceId == '" + closedByCustomerService + "' }.department", equalTo("after-sales"))
                .body("items.find { it.instanceId == '" + secondCase + "' }.department", equalTo("customer-service"));
    }

    private long draws(String month) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from audit_draw where month = :month")
                .setParameter("month", month).getSingleResult()).longValue());
    }

    private long closedCasesOf(String month) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from closed_case where month = :month")
                .setParameter("month", month).getSingleResult()).longValue());
    }

    private static List<String> ids() {
        return given().get("/api/v1/supervision/audits/2026-06").then().statusCode(200)
                .extract().jsonPath().getList("instanceId");
    }
}
