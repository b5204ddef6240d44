package com.handbookflow.complaint;

import com.handbookflow.core.testing.OnAMondayMorning;
import com.handbookflow.core.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static com.handbookflow.complaint.ComplaintFixtures.TOPIC;
import static com.handbookflow.complaint.ComplaintFixtures.about;
import static com.handbookflow.complaint.ComplaintFixtures.act;
import static com.handbookflow.complaint.ComplaintFixtures.agent;
import static com.handbookflow.complaint.ComplaintFixtures.as;
import static com.handbookflow.complaint.ComplaintFixtures.assigned;
import static com.handbookflow.complaint.ComplaintFixtures.body;
import static com.handbookflow.complaint.ComplaintFixtures.closure;
import static com.handbookflow.complaint.ComplaintFixtures.get;
import static com.handbookflow.complaint.ComplaintFixtures.handledAndConfirmed;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 闭环归档与复盘: the responsible department analyses the causes and proposes improvements
 * (责任部门分析原因、提出改进措施); customer service archives.
 */
@QuarkusTest
class ComplaintClosureTest extends OnAMondayMorning {

    private static final Map<String, Object> ANALYSIS = closure("COURIER", "迅达快递", "2026-09-30");

    @Test
    void the_responsible_department_writes_the_cause_analysis_and_customer_service_archives() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        handledAndConfirmed(number, "SATISFIED");

        agent().body(ANALYSIS).post("/api/v1/complaints/{n}/cause-analysis", number).then().statusCode(403)
                .contentType("application/problem+json")
                .body("allowedDepartments[0]", equalTo("logistics"));
        agent().post("/api/v1/complaints/{n}/closure", number).then().statusCode(422)
                .contentType("application/problem+json")
                .body("openItems", contains("cause-analysis"));

        as("u2001", "刘洋", "logistics").body(ANALYSIS).post("/api/v1/complaints/{n}/cause-analysis", number)
                .then().statusCode(200)
                .body("status.code", equalTo("OPEN"))
                .body("currentNode", equalTo("CLOSE"))
                .body("closure.rootCauseCategory.code", equalTo("COURIER"))
                .body("closure.analysedByDepartment", equalTo("logistics"))
                .body("closure.analysedBy.name", equalTo("刘洋"))
                .body("closure.closedAt", nullValue())
                .body("closure.improvementMeasures[0].state.code", equalTo("OPEN"));

        as("u2001", "刘洋", "logistics").post("/api/v1/complaints/{n}/closure", number).then().statusCode(403)
                .body("allowedDepartments[0]", equalTo("customer-service"));
        agent().post("/api/v1/complaints/{n}/closure", number).then().statusCode(200)
                .body("status.code", equalTo("CLOSED"))
                .body("closure.closedAt", equalTo("2026-09-07T01:00:00Z"))
                .body("timeline[7].outputs.key", contains("archive-form", "improvement-report"));
    }

    @Test
    void the_cause_is_analysed_once_and_only_when_the_complaint_is_being_closed() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        act(number, "cause-analysis", ANALYSIS).statusCode(409).body("currentNode", equalTo("PLAN"));

        handledAndConfirmed(number, "SATISFIED");
        act(number, "cause-analysis", ANALYSIS).statusCode(200);
        act(number, "cause-analysis", ANALYSIS).statusCode(409);
        get(number).body("closure.improvementMeasures.size()", equalTo(1));
    }

    @Test
    void the_cause_analysis_is_a_work_item_of_the_responsible_department_tracked_like_any_obligation() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        handledAndConfirmed(number, "SATISFIED");

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            JsonPath item = body(topic.await(r -> about(r, number)
                    && "WORK_ITEM".equals(body(r).getString("kind")), 1, Duration.ofSeconds(30)).get(0));
            assertEquals("CLOSE/cause-analysis", item.getString("obligationKey"));
            assertEquals("OPEN", item.getString("state"));
            assertEquals("logistics", item.getString("responsibleDepartment"));
            assertEquals("2026-09-10T10:00:00Z", item.getString("dueAt"));   // with its node: P3WD
        }
    }
}
