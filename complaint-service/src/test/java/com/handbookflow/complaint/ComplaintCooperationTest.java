package com.handbookflow.complaint;

import com.handbookflow.core.testing.OnAMondayMorning;
import com.handbookflow.core.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.handbookflow.complaint.ComplaintFixtures.TOPIC;
import static com.handbookflow.complaint.ComplaintFixtures.about;
import static com.handbookflow.complaint.ComplaintFixtures.as;
import static com.handbookflow.complaint.ComplaintFixtures.assigned;
import static com.handbookflow.complaint.ComplaintFixtures.body;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 重大投诉涉及多个部门: the plan names cooperating departments, each sees the complaint and contributes
 * its part (a work item of the execution); the lead department stays answerable for the whole.
 */
@QuarkusTest
class ComplaintCooperationTest extends OnAMondayMorning {

    private static final Map<String, Object> PLAN = Map.of("actions", List.of("EXCHANGE", "APOLOGY"),
            "description", "物流部重新发货；售后部上门回收损坏商品。",
            "cooperations", List.of(Map.of("department", "after-sales", "task", "上门回收损坏商品并检测。")));

    private static RequestSpecification logistics() {
        return as("u2001", "刘洋", "logistics");
    }

    private static RequestSpecification afterSales() {
        return as("u3001", "陈静", "after-sales");
    }

    private static String plannedWithAfterSales() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "MAJOR");
        logistics().body(PLAN).post("/api/v1/complaints/{n}/handling-plans", number).then().statusCode(200)
                .body("plans[0].cooperations[0].department", equalTo("after-sales"))
                .body("cooperations[0].state.code", equalTo("OPEN"));
        return number;
    }

    @Test
    void a_cooperating_department_sees_the_complaint_without_the_customers_personal_data() {
        afterSales().get("/api/v1/complaints/{n}", assigned("LOGISTICS_DELAY", "GENERAL", "MAJOR")).then().statusCode(404);
        String number = plannedWithAfterSales();

        afterSales().get("/api/v1/complaints/{n}", number).then().statusCode(200)
                .body("cooperations[0].department", equalTo("after-sales"))
                .body("cooperations[0].departmentName.zh", equalTo("售后部"))
                .body("cooperations[0].task", equalTo("上门回收损坏商品并检测。"))
                .body("registration.complainant", nullValue())
                .body("registration.contact", nullValue());
        afterSales().queryParam("size", 100).get("/api/v1/complaints").then().statusCode(200)
                .body("items.number", hasItem(number));
    }

    @Test
    void the_lead_department_cannot_complete_the_execution_while_a_cooperating_part_is_open() {
        String number = plannedWithAfterSales();

        logistics().body(Map.of("result", "已重新发货。")).post("/api/v1/complaints/{n}/execution", number).then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://handbookflow.com/problems/work-items-open"))
                .body("openItems", contains("cooperation-after-sales"));

        afterSales().body(Map.of("result", "已上门回收损坏商品，检测为运输破损。"))
                .post("/api/v1/complaints/{n}/cooperations/after-sales/completion", number).then().statusCode(200)
                .body("currentNode", equalTo("EXECUTE"))
                .body("cooperations[0].state.code", equalTo("DONE"))
                .body("cooperations[0].result", equalTo("已上门回收损坏商品，检测为运输破损。"))
                .body("cooperations[0].completedBy.name", equalTo("陈静"))
                .body("cooperations[0].onTime", equalTo(true));

        logistics().body(Map.of("result", "已重新发货。")).post("/api/v1/complaints/{n}/execution", number).then()
                .statusCode(200).body("currentNode", equalTo("CONFIRM"));
    }

    @Test
    void only_the_cooperating_department_reports_its_part_and_only_once() {
        String number = plannedWithAfterSales();
        Map<String, Object> done = Map.of("result", "已回收。");

        logistics().body(done).post("/api/v1/complaints/{n}/cooperations/after-sales/completion", number).then()
                .statusCode(403).body("allowedDepartments[0]", equalTo("after-sales"));
        as("u4001", "王强", "product").body(done)
                .post("/api/v1/complaints/{n}/cooperations/product/completion", number).then().statusCode(404);
        afterSales().body(done).post("/api/v1/complaints/{n}/cooperations/after-sales/completion", number).then()
                .statusCode(200);
        afterSales().body(done).post("/api/v1/complaints/{n}/cooperations/after-sales/completion", number).then()
                .statusCode(409);
    }

    @Test
    void a_plan_names_known_departments_other_than_the_lead_one_once_each_and_changes_nothing_otherwise() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "MAJOR");
        logistics().body(Map.of("actions", List.of("REFUND"), "description", "退款。",
                        "cooperations", List.of(Map.of("department", "legal", "task", "法律意见"))))
                .post("/api/v1/complaints/{n}/handling-plans", number).then().statusCode(422)
                .body("type", equalTo("https://handbookflow.com/problems/unknown-department"))
                .body("knownDepartments", hasItem("after-sales"));
        logistics().body(Map.of("actions", List.of("REFUND"), "description", "退款。",
                        "cooperations", List.of(Map.of("department", "logistics", "task", "自己"))))
                .post("/api/v1/complaints/{n}/handling-plans", number).then().statusCode(400)
                .body("errors.field", hasItem("cooperations[0].department"));
        logistics().get("/api/v1/complaints/{n}", number).then().statusCode(200)
                .body("currentNode", equalTo("PLAN")).body("plans.size()", equalTo(0));
    }

    @Test
    void each_cooperating_part_is_an_obligation_of_its_department_due_with_the_execution() {
        String number = plannedWithAfterSales();
        String executionDue = logistics().get("/api/v1/complaints/{n}", number).then().extract()
                .path("timeline.find { it.key == 'EXECUTE' }.dueAt");

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            JsonPath item = body(topic.await(r -> about(r, number) && "WORK_ITEM".equals(body(r).getString("kind")),
                    1, Duration.ofSeconds(30)).get(0));
            assertEquals("EXECUTE/cooperation-after-sales", item.getString("obligationKey"));
            assertEquals("OPEN", item.getString("state"));
            assertEquals("after-sales", item.getString("responsibleDepartment"));
            assertEquals(executionDue, item.getString("dueAt"));
        }
    }

    @Test
    void a_plan_without_cooperating_departments_keeps_the_execution_to_the_lead_department() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        logistics().body(Map.of("actions", List.of("REFUND"), "description", "退款。"))
                .post("/api/v1/complaints/{n}/handling-plans", number).then().statusCode(200)
                .body("cooperations.size()", equalTo(0));
        afterSales().get("/api/v1/complaints/{n}", number).then().statusCode(404);
    }
}
