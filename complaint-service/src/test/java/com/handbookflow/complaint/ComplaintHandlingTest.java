package com.handbookflow.complaint;

import com.handbookflow.core.testing.OnAMondayMorning;
import com.handbookflow.core.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.handbookflow.complaint.ComplaintFixtures.TOPIC;
import static com.handbookflow.complaint.ComplaintFixtures.about;
import static com.handbookflow.complaint.ComplaintFixtures.acknowledgeAndRegister;
import static com.handbookflow.complaint.ComplaintFixtures.act;
import static com.handbookflow.complaint.ComplaintFixtures.assigned;
import static com.handbookflow.complaint.ComplaintFixtures.body;
import static com.handbookflow.complaint.ComplaintFixtures.classify;
import static com.handbookflow.complaint.ComplaintFixtures.closed;
import static com.handbookflow.complaint.ComplaintFixtures.closure;
import static com.handbookflow.complaint.ComplaintFixtures.confirmation;
import static com.handbookflow.complaint.ComplaintFixtures.executed;
import static com.handbookflow.complaint.ComplaintFixtures.get;
import static com.handbookflow.complaint.ComplaintFixtures.handledAndConfirmed;
import static com.handbookflow.complaint.ComplaintFixtures.plan;
import static com.handbookflow.complaint.ComplaintFixtures.receive;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ComplaintHandlingTest extends OnAMondayMorning {


    @Test
    void classification_is_due_one_working_day_after_registration() {
        String number = receive("PRODUCT_QUALITY", "GENERAL");
        acknowledgeAndRegister(number);

        get(number).body("currentNode", equalTo("CLASSIFY"))
                .body("timeline[2].limit", equalTo("P1WD"))
                .body("timeline[2].dueAt", equalTo("2026-09-08T10:00:00Z"));
    }

    @Test
    void a_major_complaint_escalates_to_the_department_head_and_the_leader_in_charge_at_grading() {
        String number = receive("LOGISTICS_DELAY", "URGENT");
        acknowledgeAndRegister(number);
        classify(number, "LOGISTICS_DELAY", "MAJOR");

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            ConsumerRecord<String, String> escalation = topic.await(r -> about(r, number)
                    && "com.handbookflow.process.escalation-raised".equals(TopicReader.header(r, "ce_type")), 1,
                    Duration.ofSeconds(30)).get(0);
            JsonPath event = body(escalation);
            assertEquals(List.of("DEPARTMENT_HEAD", "LEADER_IN_CHARGE"), event.getList("levels"));
            assertEquals("logistics", event.getString("department"));
            assertEquals("MAJOR", event.getString("attributes.grade"));
            assertEquals("URGENT", event.getString("attributes.urgency"));
        }
    }

    @Test
    void a_general_complaint_raises_no_escalation() {
        String number = assigned("PRODUCT_QUALITY", "GENERAL", "GENERAL");
        try (TopicReader topic = TopicReader.of(TOPIC)) {
            // one instance's events share a partition: an escalation at grading would come before the plan
            ConsumerRecord<String, String> planActivated = topic.await(r -> about(r, number)
                    && "PLAN".equals(body(r).getString("nodeKey")), 1, Duration.ofSeconds(30)).get(0);
            assertEquals("GENERAL", body(planActivated).getString("attributes.grade"));
            assertEquals(List.of(), topic.await(r -> about(r, number), 1, Duration.ofSeconds(5)).stream()
                    .map(r -> TopicReader.header(r, "ce_type"))
                    .filter("com.handbookflow.process.escalation-raised"::equals).toList());
        }
    }

    @Test
    void a_complaint_goes_to_the_department_its_problem_type_routes_to() {
        String quality = assigned("PRODUCT_QUALITY", "GENERAL", "GENERAL");
        String attitude = assigned("SERVICE_ATTITUDE", "GENERAL", "GENERAL");
        String delay = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        String afterSales = assigned("AFTER_SALES", "GENERAL", "GENERAL");

        get(quality).body("assignment.department", equalTo("product")).body("timeline[4].department", equalTo("product"));
        get(attitude).body("assignment.department", equalTo("operations"));
        get(delay).body("assignment.department", equalTo("logistics"));
        get(afterSales).body("assignment.department", equalTo("after-sales"));
    }

    @Test
    void customer_service_may_override_the_routing_but_only_with_a_reason() {
        String number = receive("LOGISTICS_DELAY", "GENERAL");
        acknowledgeAndRegister(number);
        classify(number, "LOGISTICS_DELAY", "GENERAL");

        act(number, "assignment", Map.of("department", "after-sales")).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        get(number).body("currentNode", equalTo("ASSIGN")).body("assignment", nullValue());

        act(number, "assignment", Map.of("department", "after-sales", "reason", "商品已签收但损坏，转售后。"))
                .statusCode(200)
                .body("assignment.department", equalTo("after-sales"))
                .body("assignment.overrideReason", equalTo("商品已签收但损坏，转售后。"))
                .body("classification.routedDepartment", equalTo("logistics"))
                .body("timeline[4].department", equalTo("after-sales"));
    }

    @Test
    void the_handling_plan_of_a_general_complaint_is_due_3_working_days_after_assignment() {
        String number = assigned("PRODUCT_QUALITY", "GENERAL", "GENERAL");

        get(number).body("currentNode", equalTo("PLAN"))
                .body("timeline[4].limit", equalTo("P3WD"))
                .body("timeline[4].dueAt", equalTo("2026-09-10T10:00:00Z"));
    }

    @Test
    void the_handling_plan_of_a_major_complaint_is_due_5_working_days_after_assignment() {
        String number = assigned("PRODUCT_QUALITY", "GENERAL", "MAJOR");

        get(number).body("timeline[4].limit", equalTo("P5WD"))
                .body("timeline[4].dueAt", equalTo("2026-09-14T10:00:00Z"));
    }

    @Test
    void a_plan_due_over_national_day_counts_the_make_up_saturday() {
        clock.setShanghai("2026-09-30T09:00");
        String number = assigned("PRODUCT_QUALITY", "GENERAL", "GENERAL");

        get(number).body("timeline[4].dueAt", equalTo("2026-10-10T10:00:00Z"));
    }

    @Test
    void an_urgent_complaint_must_be_handled_within_24_hours_when_that_comes_earlier() {
        String number = assigned("PRODUCT_QUALITY", "URGENT", "MAJOR");

        get(number).body("timeline[4].limit", equalTo("PT24H"))
                .body("timeline[4].dueAt", equalTo("2026-09-08T01:00:00Z"));
    }

    @Test
    void an_extra_urgent_complaint_must_be_handled_within_2_hours() {
        String number = assigned("PRODUCT_QUALITY", "EXTRA_URGENT", "GENERAL");

        get(number).body("timeline[4].limit", equalTo("PT2H"))
                .body("timeline[4].dueAt", equalTo("2026-09-07T03:00:00Z"));
    }

    @Test
    void the_customers_confirmation_is_due_2_working_days_after_execution() {
        String number = assigned("PRODUCT_QUALITY", "GENERAL", "GENERAL");
        act(number, "handling-plans", plan()).statusCode(200)
                .body("plans[0].actionLabels.zh", contains("退款", "道歉"))
                .body("timeline[5].key", equalTo("EXECUTE"))
                .body("timeline[5].department", equalTo("product"));
        act(number, "execution", Map.of("result", "已退款。")).statusCode(200)
                .body("currentNode", equalTo("CONFIRM"))
                .body("timeline[6].limit", equalTo("P2WD"))
                .body("timeline[6].dueAt", equalTo("2026-09-09T10:00:00Z"))
                .body("timeline[6].person", equalTo("u1001"));
    }

    @Test
    void a_dissatisfied_customer_sends_the_complaint_back_to_a_new_plan_once() {
        String number = assigned("PRODUCT_QUALITY", "GENERAL", "GENERAL");
        executed(number);

        act(number, "confirmations", confirmation("DISSATISFIED", true)).statusCode(200)
                .body("currentNode", equalTo("PLAN"))
                .body("rehandles", equalTo(1))
                .body("timeline[6].state.code", equalTo("RETURNED"))
                .body("timeline[7].key", equalTo("PLAN"))
                .body("timeline[7].attempt", equalTo(2))
                .body("timeline[7].department", equalTo("product"));

        executed(number);
        get(number).body("plans", hasSize(2));
        act(number, "confirmations", confirmation("DISSATISFIED", true)).statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("rehandle"));
        get(number).body("currentNode", equalTo("CONFIRM")).body("confirmations", hasSize(1));

        act(number, "confirmations", confirmation("DISSATISFIED", false)).statusCode(200)
                .body("currentNode", equalTo("CLOSE"))
                .body("confirmations.satisfaction.code", contains("DISSATISFIED", "DISSATISFIED"))
                .body("satisfaction.zh", equalTo("不满意"));
    }

    @Test
    void a_satisfied_customer_cannot_send_the_complaint_back() {
        String number = assigned("PRODUCT_QUALITY", "GENERAL", "GENERAL");
        executed(number);

        act(number, "confirmations", confirmation("SATISFIED", true)).statusCode(422)
                .body("errors[0].field", equalTo("rehandle"));
    }

    @Test
    void an_act_out_of_order_is_a_conflict_and_writes_nothing() {
        String number = receive("PRODUCT_QUALITY", "GENERAL");

        act(number, "classification", Map.of("problemType", "PRODUCT_QUALITY", "grade", "MAJOR", "reason", "r"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("currentNode", equalTo("ACKNOWLEDGE"));
        get(number).body("classification", nullValue()).body("currentNode", equalTo("ACKNOWLEDGE"));
    }

    @Test
    void a_plan_without_actions_is_refused_naming_the_field() {
        String number = assigned("PRODUCT_QUALITY", "GENERAL", "GENERAL");
        act(number, "handling-plans", Map.of("actions", List.of(), "description", "x")).statusCode(400)
                .body("errors.field", hasItem("actions"));
    }

    @Test
    void the_department_given_at_assignment_must_be_one_of_the_handbooks_departments() {
        String number = receive("LOGISTICS_DELAY", "GENERAL");
        acknowledgeAndRegister(number);
        classify(number, "LOGISTICS_DELAY", "GENERAL");

        act(number, "assignment", Map.of("department", "legal", "reason", "法务部处理。")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("unknown-department"))
                .body("errors[0].field", equalTo("department"))
                .body("detail", containsString("unknown department 'legal'"))
                .body("detail", containsString("after-sales, customer-service, design, finance, logistics"))
                .body("detailZh", containsString("未知的部门 'legal'"))
                .body("knownDepartments", hasItem("quality"));
        get(number).body("currentNode", equalTo("ASSIGN")).body("assignment", nullValue());
    }

    @Test
    void an_improvement_measure_needs_an_owner_department_the_company_has() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        handledAndConfirmed(number, "SATISFIED");
        Map<String, Object> closure = new java.util.HashMap<>(closure("COURIER", "迅达快递", "2026-10-30"));
        closure.put("improvementMeasures", List.of(Map.of("description", "约定大件时效。",
                "ownerDepartment", "warehouse", "deadline", "2026-10-30")));

        act(number, "cause-analysis", closure).statusCode(400)
                .body("errors[0].field", equalTo("improvementMeasures[0].ownerDepartment"))
                .body("detailZh", containsString("未知的部门 'warehouse'"));
        get(number).body("status.code", equalTo("OPEN")).body("closure", nullValue());
    }

    @Test
    void closing_needs_a_root_cause_category_from_the_configuration() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        handledAndConfirmed(number, "SATISFIED");

        act(number, "cause-analysis", closure("BAD_LUCK", "迅达快递", "2026-10-30")).statusCode(400)
                .body("errors[0].field", equalTo("rootCauseCategory"));
        get(number).body("status.code", equalTo("OPEN")).body("closure", nullValue());
    }

    @Test
    void a_closed_complaint_is_archived_with_its_cause_and_measures_and_takes_no_more_acts() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        handledAndConfirmed(number, "SATISFIED");

        closed(number, closure("COURIER", "迅达快递", "2026-10-30")).statusCode(200)
                .body("status.code", equalTo("CLOSED"))
                .body("currentNode", nullValue())
                .body("closure.rootCauseCategory.zh", equalTo("快递/承运商"))
                .body("closure.improvementMeasures[0].dueAt", equalTo("2026-10-30T10:00:00Z"))
                .body("closure.improvementMeasures[0].state.code", equalTo("OPEN"))
                .body("timeline[7].outputs.key", contains("archive-form", "improvement-report"));

        act(number, "confirmations", confirmation("SATISFIED", false)).statusCode(409)
                .body("currentState", equalTo("CLOSED"));
    }

    @Test
    void every_node_event_carries_grade_urgency_satisfaction_and_the_due_instant_with_its_spec() {
        String number = assigned("LOGISTICS_DELAY", "URGENT", "MAJOR");
        handledAndConfirmed(number, "BASICALLY_SATISFIED");

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            ConsumerRecord<String, String> closeActivated = topic.await(r -> about(r, number)
                    && "CLOSE".equals(body(r).getString("nodeKey")), 1, Duration.ofSeconds(30)).get(0);
            JsonPath event = body(closeActivated);
            assertEquals("MAJOR", event.getString("attributes.grade"));
            assertEquals("URGENT", event.getString("attributes.urgency"));
            assertEquals("BASICALLY_SATISFIED", event.getString("attributes.satisfaction"));
            assertEquals("LOGISTICS_DELAY", event.getString("attributes.problemType"));
            assertEquals("PHONE", event.getString("attributes.channel"));
            assertEquals("P3WD", event.getString("limit"));
            assertEquals("ACTIVE", event.getString("newState"));
            assertEquals(number, TopicReader.header(closeActivated, "ce_subject").split("/")[0]);
        }
    }
}
