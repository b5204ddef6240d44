package com.handbookflow.complaint;

import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Complaints built through the API, as a front end would: one call per business act. */
final class ComplaintFixtures {

    static final String TOPIC = "complaint.node-state";

    private ComplaintFixtures() {
    }

    /** A member of {@code department}, signed in with a token. */
    static RequestSpecification as(String userId, String name, String department) {
        return given().contentType(ContentType.JSON)
                .auth().oauth2(Tokens.named(userId, name, department, Role.STAFF));
    }

    static RequestSpecification agent() {
        return as("u1001", "张敏", "customer-service");
    }

    private static final java.util.concurrent.atomic.AtomicLong CONTACTS =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime() % 10_000_000L);

    /**
     * A customer of its own for each complaint: the same contact complaining again within 90 days is a
     * repeat complaint, which makes it major (grading criterion REPEAT_COMPLAINT).
     */
    static String newContact() {
        return String.format("139-%08d", CONTACTS.incrementAndGet() % 100_000_000L);
    }

    static Map<String, Object> form(String problemType, String urgency) {
        Map<String, Object> body = new HashMap<>();
        body.put("complainant", "王芳");
        body.put("contact", newContact());
        body.put("channel", "PHONE");
        body.put("problemType", problemType);
        body.put("description", "9月25日下单的冰箱至今未送达。");
        body.put("demand", "REFUND");
        body.put("urgency", urgency);
        return body;
    }

    static String receive(String problemType, String urgency) {
        return agent().body(form(problemType, urgency)).post("/api/v1/complaints")
                .then().statusCode(201).extract().path("number");
    }

    /** An act, done by whoever may: the agent for customer-service nodes, a member of the responsible department otherwise. */
    static ValidatableResponse act(String number, String act, Object body) {
        JsonPath view = given().get("/api/v1/complaints/{number}", number).then().statusCode(200).extract().jsonPath();
        String department = act.startsWith("improvement-measures/")
                ? view.getString("closure.improvementMeasures.find { it.seq == " + act.split("/")[1] + " }.ownerDepartment")
                : "cause-analysis".equals(act) ? view.getString("assignment.department")
                : view.getString("timeline.find { it.state.code == 'ACTIVE' }.department");
        RequestSpecification request = department == null || "customer-service".equals(department) ? agent()
                : as("u2001", "刘洋", department);
        if (body != null) {
            request.body(body);
        }
        return request.post("/api/v1/complaints/{number}/" + act, number).then();
    }

    static ValidatableResponse get(String number) {
        return given().get("/api/v1/complaints/{number}", number).then().statusCode(200);
    }

    static void acknowledgeAndRegister(String number) {
        act(number, "acknowledgement", null).statusCode(200);
        act(number, "registration", Map.of()).statusCode(200);
    }

    /** Graded by the criteria: a major complaint meets one (reputational risk), a general one none. */
    static void classify(String number, String problemType, String grade) {
        act(number, "classification", Map.of("problemType", problemType, "grade", grade,
                "criteria", "MAJOR".equals(grade) ? List.of("REPUTATIONAL_RISK") : List.of(),
                "reason", "按分级标准判定")).statusCode(200);
    }

    /** Received, acknowledged, registered, classified and assigned as routed: the plan is next. */
    static String assigned(String problemType, String urgency, String grade) {
        String number = receive(problemType, urgency);
        acknowledgeAndRegister(number);
        classify(number, problemType, grade);
        act(number, "assignment", Map.of()).statusCode(200);
        return number;
    }

    static Map<String, Object> plan() {
        return Map.of("actions", List.of("REFUND", "APOLOGY"), "description", "全额退款并致歉。");
    }

    static Map<String, Object> confirmation(String satisfaction, boolean rehandle) {
        return Map.of("result", "客户确认已收到退款。", "visitDate", "2026-10-10", "visitor", "张敏",
                "satisfaction", satisfaction, "comments", "退款及时。", "rehandle", rehandle);
    }

    static Map<String, Object> closure(String category, String detail, String deadline) {
        return Map.of("rootCauseCategory", category, "rootCauseDetail", detail,
                "rootCauseDescription", "承运商中转站爆仓。",
                "improvementMeasures", List.of(Map.of("description", "约定大件时效并加入延误赔付条款。",
                        "ownerDepartment", "logistics", "deadline", deadline)));
    }

    /** Closure: the responsible department's cause analysis, then customer service archives. */
    static ValidatableResponse closed(String number, Map<String, Object> causeAnalysis) {
        act(number, "cause-analysis", causeAnalysis).statusCode(200);
        return act(number, "closure", null);
    }

    /** From assignment to execution: the customer's confirmation is next. */
    static void executed(String number) {
        act(number, "handling-plans", plan()).statusCode(200);
        act(number, "execution", Map.of("result", "已退款。")).statusCode(200);
    }

    /** From assignment to the customer's confirmation. */
    static void handledAndConfirmed(String number, String satisfaction) {
        executed(number);
        act(number, "confirmations", confirmation(satisfaction, false)).statusCode(200);
    }

    static JsonPath body(ConsumerRecord<String, String> record) {
        return JsonPath.from(record.value());
    }

    static boolean about(ConsumerRecord<String, String> record, String number) {
        return com.handbookflow.core.testing.TopicReader.about(record, number);
    }
}
