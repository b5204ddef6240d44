package com.handbookflow.project;

import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.Tokens;
import com.handbookflow.core.testing.TopicReader;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The handbook's worked example built through the API, as a front end would: project 市场活动推广 by
 * marketing with design and technology; tasks 活动策划方案 (市场部), 宣传物料设计 (设计部),
 * 活动页面技术开发 (技术部), each after the one before.
 */
final class ProjectFixtures {

    static final String TOPIC = "project.node-state";
    static final String BASE = "/api/v1/projects";

    private ProjectFixtures() {
    }

    /** A member of {@code department}, signed in with a token. */
    static RequestSpecification as(String userId, String name, String department, Role... roles) {
        return given().contentType(ContentType.JSON)
                .auth().oauth2(Tokens.named(userId, name, department, roles.length == 0 ? new Role[]{Role.STAFF} : roles));
    }

    /** 李娜, head of marketing: files the project and becomes its leader. */
    static RequestSpecification marketing() {
        return as("u1001", "李娜", "marketing");
    }

    static RequestSpecification design() {
        return as("u2001", "王磊", "design");
    }

    static RequestSpecification technology() {
        return as("u3001", "赵强", "technology");
    }

    static RequestSpecification supervisor() {
        return as("u9001", "周敏", "operations-management");
    }

    static Map<String, Object> application(String goal) {
        return Map.of("background", "新品上市需要线上线下联动推广。", "goal", goal,
                "scope", "活动策划、宣传物料、活动页面", "milestones", List.of(Map.of("name", "活动上线", "date", "2026-09-30")));
    }

    static Map<String, Object> initiation(String goal) {
        return Map.of("name", "市场活动推广", "participatingDepartments", List.of("design", "technology"),
                "application", application(goal));
    }

    static String initiate() {
        return marketing().body(initiation("Q3 新品销售额提升20%")).post(BASE).then().statusCode(201)
                .extract().path("number");
    }

    /** Filed, minutes recorded, both departments agreed, initiation done: the team is next. */
    static String aligned() {
        String number = initiate();
        marketing().body(Map.of("meetingDate", "2026-09-07", "departmentsPresent", List.of("marketing", "design",
                "technology"), "summary", "各部门确认目标与分工。")).post(BASE + "/{n}/alignment-minutes", number)
                .then().statusCode(200);
        design().body(Map.of("agreed", true)).post(BASE + "/{n}/consents", number).then().statusCode(200);
        technology().body(Map.of("agreed", true)).post(BASE + "/{n}/consents", number).then().statusCode(200);
        marketing().post(BASE + "/{n}/initiation/completion", number).then().statusCode(200);
        return number;
    }

    static Map<String, Object> team() {
        return Map.of("leader", Map.of("userId", "u1001", "name", "李娜", "department", "marketing"),
                "contacts", List.of(Map.of("department", "design", "userId", "u2001", "name", "王磊"),
                        Map.of("department", "technology", "userId", "u3001", "name", "赵强")));
    }

    static Map<String, Object> task(String name, String department, String person, String start, String deadline,
                                    List<String> predecessors) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("department", department);
        body.put("personId", person);
        body.put("deliverableStandard", name + "：按约定交付并经市场部确认");
        body.put("startDate", start);
        body.put("deadline", deadline);
        body.put("predecessors", predecessors);
        return body;
    }

    static ValidatableResponse addTask(String number, Map<String, Object> task) {
        return marketing().body(task).post(BASE + "/{n}/tasks", number).then();
    }

    /** The worked example's three tasks, one after the other: T1 策划 (marketing), T2 物料 (design), T3 页面 (technology). */
    static void workedExampleTasks(String number) {
        addTask(number, task("活动策划方案", "marketing", "u1002", "2026-09-07", "2026-09-09", List.of())).statusCode(200);
        addTask(number, task("宣传物料设计", "design", "u2001", "2026-09-10", "2026-09-15", List.of("T1"))).statusCode(200);
        addTask(number, task("活动页面技术开发", "technology", "u3001", "2026-09-16", "2026-09-22", List.of("T2")))
                .statusCode(200);
    }

    /** Aligned, team formed, the worked example's tasks planned, progress started. */
    static String inProgress() {
        String number = aligned();
        marketing().body(team()).post(BASE + "/{n}/team", number).then().statusCode(200);
        workedExampleTasks(number);
        marketing().post(BASE + "/{n}/team/completion", number).then().statusCode(200);
        return number;
    }

    static ValidatableResponse taskAct(RequestSpecification who, String number, String key, String act) {
        return who.post(BASE + "/{n}/tasks/{k}/" + act, number, key).then();
    }

    static ValidatableResponse get(String number) {
        return given().get(BASE + "/{n}", number).then().statusCode(200);
    }

    static JsonPath body(ConsumerRecord<String, String> record) {
        return JsonPath.from(record.value());
    }

    static boolean about(ConsumerRecord<String, String> record, String number) {
        return com.handbookflow.core.testing.TopicReader.about(record, number);
    }

    static List<JsonPath> events(String number, String type, int count) {
        try (TopicReader topic = TopicReader.of(TOPIC)) {
            return topic.await(r -> about(r, number) && type.equals(TopicReader.header(r, "ce_type")), count,
                    Duration.ofSeconds(30)).stream().map(ProjectFixtures::body).toList();
        }
    }
}
