package com.handbookflow.complaint;

import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.OnAMondayMorning;
import com.handbookflow.core.testing.Tokens;
import com.handbookflow.core.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.handbookflow.complaint.ComplaintFixtures.TOPIC;
import static com.handbookflow.complaint.ComplaintFixtures.about;
import static com.handbookflow.complaint.ComplaintFixtures.acknowledgeAndRegister;
import static com.handbookflow.complaint.ComplaintFixtures.act;
import static com.handbookflow.complaint.ComplaintFixtures.body;
import static com.handbookflow.complaint.ComplaintFixtures.classify;
import static com.handbookflow.complaint.ComplaintFixtures.plan;
import static com.handbookflow.complaint.ComplaintFixtures.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Major complaints escalate to the head of the department that handles them; a department head
 * (DEPT_HEAD) sees everything of its department, including complaints escalated to it before assignment.
 */
@QuarkusTest
class ComplaintEscalationTest extends OnAMondayMorning {

    private static final String ESCALATION = "com.handbookflow.process.escalation-raised";

    static RequestSpecification headOf(String department) {
        return given().contentType(ContentType.JSON)
                .auth().oauth2(Tokens.named("head-" + department, "部门负责人", department, Role.DEPT_HEAD));
    }

    static RequestSpecification staffOf(String department) {
        return given().contentType(ContentType.JSON)
                .auth().oauth2(Tokens.named("staff-" + department, "员工", department, Role.STAFF));
    }

    static String majorLogisticsComplaint() {
        String number = receive("LOGISTICS_DELAY", "GENERAL");
        acknowledgeAndRegister(number);
        classify(number, "LOGISTICS_DELAY", "MAJOR");
        return number;
    }

    @Test
    void a_major_complaint_assigned_to_another_department_tells_the_head_of_the_department_that_handles_it() {
        String number = majorLogisticsComplaint();
        act(number, "assignment", Map.of("department", "after-sales", "reason", "商品已签收但损坏，转售后。"))
                .statusCode(200);

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            List<JsonPath> escalations = topic.await(r -> about(r, number)
                    && ESCALATION.equals(TopicReader.header(r, "ce_type")), 2, Duration.ofSeconds(30))
                    .stream().map(ComplaintFixtures::body).toList();
            assertEquals("logistics", escalations.get(0).getString("department"));
            assertEquals("CLASSIFY", escalations.get(0).getString("nodeKey"));
            assertEquals("after-sales", escalations.get(1).getString("department"));
            assertEquals("ASSIGN", escalations.get(1).getString("nodeKey"));
            assertEquals(List.of("DEPARTMENT_HEAD", "LEADER_IN_CHARGE"), escalations.get(1).getList("levels"));
        }
    }

    @Test
    void a_major_complaint_assigned_as_routed_escalates_once() {
        String number = majorLogisticsComplaint();
        act(number, "assignment", Map.of()).statusCode(200);

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            // one instance's events share a partition: a second escalation would come before the plan's activation
            topic.await(r -> about(r, number) && "PLAN".equals(body(r).getString("nodeKey")), 1, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> all = topic.await(r -> about(r, number), 1, Duration.ofSeconds(5));
            assertEquals(1, all.stream().filter(r -> ESCALATION.equals(TopicReader.header(r, "ce_type"))).count());
        }
    }

    @Test
    void a_department_head_acts_on_everything_of_its_department() {
        String number = majorLogisticsComplaint();
        act(number, "assignment", Map.of("department", "after-sales", "reason", "商品已签收但损坏，转售后。"))
                .statusCode(200);

        headOf("after-sales").get("/api/v1/complaints/{n}", number).then().statusCode(200)
                .body("registration.complainant", equalTo("王芳"));
        headOf("after-sales").body(Map.of("channel", "PHONE", "content", "售后已联系客户。"))
                .post("/api/v1/complaints/{n}/progress-updates", number).then().statusCode(200);
        headOf("after-sales").body(plan()).post("/api/v1/complaints/{n}/handling-plans", number)
                .then().statusCode(200).body("currentNode", equalTo("EXECUTE"));
        // the head told at grading still sees the complaint it was told of, but acts on nothing of another department
        headOf("logistics").get("/api/v1/complaints/{n}", number).then().statusCode(200);
        headOf("logistics").body(Map.of("result", "已退款。")).post("/api/v1/complaints/{n}/execution", number)
                .then().statusCode(403);
    }
}
