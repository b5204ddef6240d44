package com.handbookflow.launch;

import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.TopicReader;
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

/** Launches built through the API, as a front end would: one call per business act, by whoever may do it. */
final class LaunchFixtures {

    static final String TOPIC = "launch.node-state";

    private LaunchFixtures() {
    }

    static RequestSpecification as(String userId, String name, String department, Role... roles) {
        return given().contentType(ContentType.JSON)
                .auth().oauth2(Tokens.named(userId, name, department, roles.length == 0 ? new Role[]{Role.STAFF} : roles));
    }

    static RequestSpecification marketing() {
        return as("u3001", "陈静", "marketing");
    }

    static RequestSpecification product() {
        return as("u2001", "王磊", "product");
    }

    static RequestSpecification technology() {
        return as("u4001", "李强", "technology");
    }

    static RequestSpecification finance() {
        return as("u5001", "赵敏", "finance");
    }

    static RequestSpecification customerService() {
        return as("u1001", "张敏", "customer-service");
    }

    static RequestSpecification leader() {
        return as("u9001", "孙总", "strategy", Role.LEADER);
    }

    static Map<String, Object> application(String... coreFunctions) {
        Map<String, Object> body = new HashMap<>();
        body.put("originatingDepartment", "marketing");
        body.put("businessName", "会员积分商城");
        body.put("marketNeed", "竞品均已上线积分兑换，用户调研中 62% 希望积分可兑换商品。");
        body.put("userPainPoint", "积分只能抵扣运费，用户感知价值低。");
        body.put("goal", Map.of("metric", "USERS", "targetValue", 100000, "unit", "人", "horizonMonths", 3,
                "description", "上线 3 个月内积分商城用户达 10 万"));
        body.put("coreFunctions", coreFunctions.length == 0 ? List.of("积分兑换商品", "兑换订单查询", "积分明细")
                : List.of(coreFunctions));
        body.put("resources", Map.of("people", 5, "budget", 300000, "technicalSupport", "订单与库存系统接口支持"));
        return body;
    }

    static String apply() {
        return marketing().body(application()).post("/api/v1/launches").then().statusCode(201).extract().path("number");
    }

    static ValidatableResponse get(String number) {
        return given().get("/api/v1/launches/{number}", number).then().statusCode(200);
    }

    static ValidatableResponse post(RequestSpecification who, String number, String act, Object body) {
        if (body != null) {
            who.body(body);
        }
        return who.post("/api/v1/launches/{number}/" + act, number).then();
    }

    /** Applied and submitted: the feasibility analysis is next. */
    static String submitted() {
        String number = apply();
        post(marketing(), number, "application-submission", null).statusCode(200);
        return number;
    }

    static void contributions(String number) {
        post(technology(), number, "feasibility/contributions", Map.of("summary", "复用订单系统，约 3 人 3 周。"))
                .statusCode(200);
        post(finance(), number, "feasibility/contributions", Map.of("summary", "投入 30 万元，6 个月回本。"))
                .statusCode(200);
    }

    static Map<String, Object> feasibility(String conclusion, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("technology", "复用订单、库存系统。", "resources", "开发 3 人，4 周。",
                "costBenefit", "投入 30 万元，预计带来 80 万元增量。", "competition", "竞品已上线，以品类差异化。",
                "conclusion", conclusion));
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    /** Feasible: the plan review (round 1) is next. */
    static String feasible() {
        String number = submitted();
        contributions(number);
        post(product(), number, "feasibility/report", feasibility("PASS", "可行。")).statusCode(200);
        return number;
    }

    static RequestSpecification reviewerOf(String part) {
        return switch (part) {
            case "BUSINESS_PLAN" -> marketing();
            case "TECHNICAL_PLAN" -> technology();
            default -> finance();
        };
    }

    static ValidatableResponse sign(String number, String part, String opinion) {
        return post(reviewerOf(part), number, "plan-review/rows/" + part + "/signature",
                Map.of("opinion", opinion, "comment", "评审意见：" + opinion));
    }

    static void reviewAll(String number, String business, String technical, String budget) {
        sign(number, "BUSINESS_PLAN", business).statusCode(200);
        sign(number, "TECHNICAL_PLAN", technical).statusCode(200);
        sign(number, "RESOURCE_BUDGET", budget).statusCode(200);
    }

    /** Reviewed, all rows PASS and signed off with the default limit: development is next. */
    static String approved() {
        String number = feasible();
        reviewAll(number, "PASS", "PASS", "PASS");
        post(leader(), number, "plan-review/sign-off", Map.of("comment", "同意。")).statusCode(200);
        return number;
    }

    static Map<String, Object> development() {
        return Map.of("testReport", Map.of("summary", "测试完成，无阻断缺陷。", "casesRun", 236, "casesPassed", 236,
                        "openDefects", 0),
                "uatConfirmation", Map.of("acceptedBy", "陈静", "acceptingDepartment", "marketing",
                        "statement", "业务验收通过。"));
    }

    /** Developed and tested: launch preparation is next, its three duties open. */
    static String developed() {
        String number = approved();
        post(technology(), number, "development/completion", development()).statusCode(200);
        return number;
    }

    static Map<String, Object> launchPlan(List<String> rollbackSteps, String compensation) {
        Map<String, Object> emergency = new HashMap<>();
        emergency.put("rollbackSteps", rollbackSteps);
        if (compensation != null) {
            emergency.put("userCompensation", compensation);
        }
        return Map.of("launchAt", "2026-10-20T10:00:00+08:00", "people", List.of("运维 李强", "市场 陈静", "客服 张敏"),
                "emergencyPlan", emergency, "monitoring", "接口错误率 > 1% 告警。");
    }

    static ValidatableResponse putPlan(String number, Map<String, Object> plan) {
        return technology().body(plan).put("/api/v1/launches/{number}/release/launch-plan", number).then();
    }

    static void dutiesDone(String number) {
        post(technology(), number, "release/duties/DEPLOYMENT/completion", Map.of("note", "已部署。")).statusCode(200);
        post(marketing(), number, "release/duties/PROMOTION/completion", Map.of("note", "物料已就绪。")).statusCode(200);
        post(customerService(), number, "release/duties/SCRIPT_TRAINING/completion", Map.of("note", "话术已培训。"))
                .statusCode(200);
    }

    static Map<String, Object> release() {
        return Map.of("statement", "已正式上线。", "monitoringNote", "首周每日通报。");
    }

    /** Prepared and released: the evaluation is next. */
    static String released() {
        String number = developed();
        putPlan(number, launchPlan(List.of("关闭入口开关", "回滚至 v2.3.1"), "返还积分并补偿 200 积分。")).statusCode(200);
        dutiesDone(number);
        post(technology(), number, "release", release()).statusCode(200);
        return number;
    }

    static Map<String, Object> evaluation(int users) {
        return Map.of("metrics", List.of(Map.of("metric", "USERS", "actual", users, "unit", "人"),
                        Map.of("metric", "RETENTION", "target", 40, "actual", 35.5, "unit", "%")),
                "feedback", "兑换品类偏少。", "conclusion", "用户数达成目标，留存偏低。");
    }

    static JsonPath body(ConsumerRecord<String, String> record) {
        return JsonPath.from(record.value());
    }

    static boolean about(ConsumerRecord<String, String> record, String number) {
        String subject = TopicReader.header(record, "ce_subject");
        return subject != null && subject.startsWith(number + "/");
    }
}
