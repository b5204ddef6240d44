package com.handbookflow.launch;

import com.handbookflow.core.testing.OnAMondayMorning;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.handbookflow.launch.LaunchFixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/** Scenario 1 of the handbook, node by node, through the API. */
@QuarkusTest
class LaunchProcessTest extends OnAMondayMorning {

    @Test
    void a_new_business_walks_from_application_to_archive_through_every_node() {
        String number = apply();
        get(number).body("status.code", equalTo("IN_PROGRESS"))
                .body("currentNode", equalTo("REQUIREMENT"))
                .body("timeline[0].department", equalTo("marketing"))
                .body("timeline[0].limit", equalTo("P3WD"))
                .body("timeline[0].dueAt", equalTo("2026-09-10T10:00:00Z"));

        clock.advance(Duration.ofHours(24));
        post(marketing(), number, "application-submission", null).statusCode(200)
                .body("currentNode", equalTo("FEASIBILITY"))
                .body("timeline[1].department", equalTo("product"))
                .body("timeline[1].limit", equalTo("P5WD"));
        contributions(number);
        post(product(), number, "feasibility/report", feasibility("PASS", "可行。")).statusCode(200)
                .body("currentNode", equalTo("PLAN_REVIEW"))
                .body("feasibility.conclusion.zh", equalTo("通过"))
                .body("reviewRounds", hasSize(1))
                .body("reviewRounds[0].rows.department", contains("marketing", "technology", "finance"));

        reviewAll(number, "PASS", "PASS", "PASS");
        get(number).body("reviewRounds[0].conclusion.code", equalTo("AWAITING_SIGN_OFF"))
                .body("reviewRounds[0].rows[2].reviewer", equalTo("赵敏"))
                .body("reviewRounds[0].rows[2].date", equalTo("2026-09-08"));
        post(leader(), number, "plan-review/sign-off", Map.of("comment", "同意上线。")).statusCode(200)
                .body("currentNode", equalTo("DEVELOPMENT"))
                .body("reviewRounds[0].conclusion.code", equalTo("APPROVED"))
                .body("reviewRounds[0].signedOffBy", equalTo("孙总"))
                .body("development.limit", equalTo("P15WD"));

        post(technology(), number, "development/completion", development()).statusCode(200)
                .body("currentNode", equalTo("RELEASE"))
                .body("release.duties.department", contains("technology", "marketing", "customer-service"));
        putPlan(number, launchPlan(List.of("关闭入口开关", "回滚至 v2.3.1"), "返还积分并补偿 200 积分。")).statusCode(200);
        dutiesDone(number);
        post(technology(), number, "release", release()).statusCode(200)
                .body("currentNode", equalTo("EVALUATION"))
                .body("timeline.find { it.key == 'EVALUATION' }.limit", equalTo("P7WD"));

        post(marketing(), number, "evaluation", evaluation(112000)).statusCode(200)
                .body("status.code", equalTo("ARCHIVED"))
                .body("currentNode", nullValue())
                .body("evaluation.goalMet", equalTo(true))
                .body("evaluation.metrics[0].target", equalTo(100000))
                .body("evaluation.metrics[1].met", equalTo(false))
                .body("timeline.key", contains("REQUIREMENT", "FEASIBILITY", "PLAN_REVIEW", "DEVELOPMENT", "RELEASE",
                        "EVALUATION"))
                .body("timeline.state.code", contains("COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED",
                        "COMPLETED"));
    }

    @Test
    void a_launch_number_is_the_year_and_its_sequence() {
        marketing().body(application()).post("/api/v1/launches").then().statusCode(201)
                .header("Location", containsString("/api/v1/launches/SX2026-"))
                .body("number", matchesPattern("SX2026-\\d{4}"))
                .body("application.appliedOn", equalTo("2026-09-07"))
                .body("application.originatorName", equalTo("陈静"));
    }

    @Test
    void a_fourth_core_function_is_refused_with_the_mvp_reason_and_nothing_is_filed() {
        int before = given().get("/api/v1/launches").then().extract().path("totalItems");
        marketing().body(application("积分兑换商品", "兑换订单查询", "积分明细", "积分抽奖")).post("/api/v1/launches")
                .then().statusCode(422)
                .body("type", containsString("application-incomplete"))
                .body("errors[0].field", equalTo("coreFunctions"))
                .body("errors[0].message", containsString("at most 3"))
                .body("detailZh", containsString("核心功能 1 至 3 项"));
        given().get("/api/v1/launches").then().body("totalItems", equalTo(before));
    }

    @Test
    void a_goal_without_a_number_is_refused_with_the_reason() {
        Map<String, Object> body = application();
        body.put("goal", Map.of("metric", "USERS", "horizonMonths", 3, "description", "大幅提升用户量"));
        marketing().body(body).post("/api/v1/launches").then().statusCode(422)
                .body("errors.field", contains("goal.targetValue"))
                .body("errors[0].message", containsString("quantified"));
    }

    @Test
    void logistics_does_not_raise_new_business() {
        Map<String, Object> body = application();
        body.put("originatingDepartment", "logistics");
        as("u7001", "物流", "logistics").body(body).post("/api/v1/launches").then().statusCode(400)
                .body("errors[0].field", equalTo("originatingDepartment"));
    }

    @Test
    void the_feasibility_report_needs_technology_and_finance_both() {
        String number = submitted();
        post(technology(), number, "feasibility/contributions", Map.of("summary", "技术可行。")).statusCode(200);
        post(product(), number, "feasibility/report", feasibility("PASS", null)).statusCode(422)
                .body("type", containsString("feasibility-contributions-missing"))
                .body("missingContributions", contains("finance"));
        get(number).body("currentNode", equalTo("FEASIBILITY")).body("feasibility.report", nullValue());
    }

    @Test
    void a_failed_feasibility_ends_the_launch_as_rejected_with_its_reason() {
        String number = submitted();
        contributions(number);
        post(product(), number, "feasibility/report", feasibility("FAIL", null)).statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        post(product(), number, "feasibility/report", feasibility("FAIL", "投入产出比过低。")).statusCode(200)
                .body("status.code", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("投入产出比过低。"))
                .body("timeline[1].outcome", equalTo("not-feasible"));
        post(marketing(), number, "application-submission", null).statusCode(409)
                .body("currentState", equalTo("REJECTED"));
    }

    @Test
    void a_plan_needing_changes_goes_back_to_product_and_a_new_round_is_reviewed_with_the_first_kept() {
        String number = feasible();
        reviewAll(number, "PASS", "PASS", "NEEDS_CHANGES");
        get(number).body("currentNode", equalTo("PLAN_REVISION"))
                .body("reviewRounds[0].conclusion.code", equalTo("NEEDS_CHANGES"))
                .body("timeline.find { it.key == 'PLAN_REVIEW' }.state.code", equalTo("RETURNED"))
                .body("timeline.find { it.key == 'PLAN_REVIEW' }.comment", containsString("需修改"))
                .body("timeline.find { it.key == 'PLAN_REVISION' }.limit", equalTo("P2WD"))
                .body("timeline.find { it.key == 'PLAN_REVISION' }.department", equalTo("product"));

        post(product(), number, "plan-revisions", Map.of("summary", "预算压缩至 30 万元。")).statusCode(200)
                .body("currentNode", equalTo("PLAN_REVIEW"))
                .body("reviewRounds", hasSize(2))
                .body("reviewRounds[1].conclusion.code", equalTo("PENDING"))
                .body("revisions[0].summary", equalTo("预算压缩至 30 万元。"));
        reviewAll(number, "PASS", "PASS", "PASS");
        post(leader(), number, "plan-review/sign-off", Map.of()).statusCode(200)
                .body("currentNode", equalTo("DEVELOPMENT"))
                .body("reviewRounds[0].rows[2].opinion.code", equalTo("NEEDS_CHANGES"))
                .body("reviewRounds[1].conclusion.code", equalTo("APPROVED"))
                .body("timeline.findAll { it.key == 'PLAN_REVIEW' }.attempt", contains(1, 2));
    }

    @Test
    void a_failed_review_row_rejects_the_launch_and_closes_the_rows_still_open() {
        String number = feasible();
        sign(number, "RESOURCE_BUDGET", "FAIL").statusCode(200);
        sign(number, "BUSINESS_PLAN", "PASS").statusCode(200);
        sign(number, "TECHNICAL_PLAN", "NEEDS_CHANGES").statusCode(200)
                .body("status.code", equalTo("REJECTED"))
                .body("reviewRounds[0].conclusion.code", equalTo("REJECTED"))
                .body("rejectionReason", containsString("资源预算"));
    }

    @Test
    void a_reviewer_signs_a_row_once() {
        String number = feasible();
        sign(number, "BUSINESS_PLAN", "PASS").statusCode(200);
        sign(number, "BUSINESS_PLAN", "FAIL").statusCode(409).body("type", containsString("work-item-not-open"))
                .body("signedBy", equalTo("u3001"));
    }

    @Test
    void the_leader_in_charge_signs_only_when_every_row_passed() {
        String number = feasible();
        sign(number, "BUSINESS_PLAN", "PASS").statusCode(200);
        post(leader(), number, "plan-review/sign-off", Map.of()).statusCode(422)
                .body("pendingRows", contains("TECHNICAL_PLAN", "RESOURCE_BUDGET"));
    }

    @Test
    void only_a_leader_signs_off_the_plan_not_the_organising_department() {
        String number = feasible();
        reviewAll(number, "PASS", "PASS", "PASS");
        post(product(), number, "plan-review/sign-off", Map.of()).statusCode(403)
                .body("allowedRoles", contains("LEADER"));
        get(number).body("currentNode", equalTo("PLAN_REVIEW"));
    }

    @Test
    void a_development_limit_longer_than_the_default_needs_a_reason_and_shows_on_the_timeline() {
        String number = feasible();
        reviewAll(number, "PASS", "PASS", "PASS");
        post(leader(), number, "plan-review/sign-off", Map.of("developmentLimit", "P20WD")).statusCode(400)
                .body("errors[0].field", equalTo("limitReason"));
        post(leader(), number, "plan-review/sign-off", Map.of("developmentLimit", "P20WD",
                "limitReason", "涉及支付渠道对接。")).statusCode(200)
                .body("development.limit", equalTo("P20WD"))
                .body("development.limitReason", equalTo("涉及支付渠道对接。"))
                .body("timeline.find { it.key == 'DEVELOPMENT' }.limit", equalTo("P20WD"));
    }

    @Test
    void development_completes_only_with_the_test_report_and_the_uat_confirmation() {
        String number = approved();
        post(technology(), number, "development/completion", Map.of("testReport", development().get("testReport")))
                .statusCode(422)
                .body("missingOutputs", contains("uat-confirmation"));
        get(number).body("currentNode", equalTo("DEVELOPMENT")).body("development.testReport", nullValue());
    }

    @Test
    void release_is_refused_without_a_user_compensation_plan_and_nothing_changes() {
        String number = developed();
        putPlan(number, launchPlan(List.of("回滚至 v2.3.1"), null)).statusCode(200);
        dutiesDone(number);
        post(technology(), number, "release", release()).statusCode(422)
                .body("type", containsString("release-refused"))
                .body("errors.field", contains("launchPlan.emergencyPlan.userCompensation"))
                .body("titleZh", equalTo("不能发布：未完成应急预案"));
        get(number).body("currentNode", equalTo("RELEASE")).body("release.confirmation", nullValue());
    }

    @Test
    void release_is_refused_without_rollback_steps() {
        String number = developed();
        putPlan(number, launchPlan(List.of(), "返还积分。")).statusCode(200);
        dutiesDone(number);
        post(technology(), number, "release", release()).statusCode(422)
                .body("errors.field", contains("launchPlan.emergencyPlan.rollbackSteps"));
    }

    @Test
    void release_waits_for_every_department_duty() {
        String number = developed();
        putPlan(number, launchPlan(List.of("回滚至 v2.3.1"), "返还积分。")).statusCode(200);
        post(technology(), number, "release/duties/DEPLOYMENT/completion", Map.of()).statusCode(200);
        post(technology(), number, "release", release()).statusCode(422)
                .body("type", containsString("work-items-open"))
                .body("openItems", contains("PROMOTION", "SCRIPT_TRAINING"));
        post(technology(), number, "release/duties/SCRIPT_TRAINING/completion", Map.of()).statusCode(403);
    }

    @Test
    void the_evaluation_measures_table_one_goal_and_refuses_without_it() {
        String number = released();
        post(marketing(), number, "evaluation", Map.of("metrics", List.of(Map.of("metric", "DAU", "target", 8000,
                "actual", 9100)), "conclusion", "日活达标。")).statusCode(422)
                .body("type", containsString("evaluation-not-quantified"));
        post(marketing(), number, "evaluation", evaluation(92000)).statusCode(200)
                .body("evaluation.goalMet", equalTo(false))
                .body("evaluation.metrics[0].goal", equalTo(true))
                .body("status.code", equalTo("ARCHIVED"));
    }

    @Test
    void an_act_out_of_order_is_refused_naming_the_current_node() {
        String number = submitted();
        post(technology(), number, "release", release()).statusCode(409)
                .body("currentNode", equalTo("FEASIBILITY"));
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }
}
