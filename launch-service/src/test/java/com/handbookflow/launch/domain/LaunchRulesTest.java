package com.handbookflow.launch.domain;

import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.problem.ProblemMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of tables 1 and 2, the release gate and the evaluation, without Quarkus. */
class LaunchRulesTest {

    private static final BusinessGoal HUNDRED_THOUSAND_USERS_IN_THREE_MONTHS =
            new BusinessGoal(GoalMetric.USERS, new BigDecimal("100000"), "人", 3, "3 个月 10 万用户");
    private static final ExpectedResources FIVE_PEOPLE = new ExpectedResources(5, new BigDecimal("300000"), "接口支持");

    private static RequirementApplication application(BusinessGoal goal, List<String> functions) {
        return new RequirementApplication("会员积分商城", "竞品均已上线积分兑换", "积分价值低", goal, functions, FIVE_PEOPLE);
    }

    private static List<String> fields(List<FieldError> problems) {
        return problems.stream().map(FieldError::field).toList();
    }

    @Test
    void a_quantified_goal_and_three_core_functions_make_a_complete_application() {
        assertEquals(List.of(), ApplicationRules.problems(application(HUNDRED_THOUSAND_USERS_IN_THREE_MONTHS,
                List.of("积分兑换", "订单查询", "积分明细")), 3));
    }

    @Test
    void a_goal_without_a_number_is_refused_with_the_reason() {
        BusinessGoal vague = new BusinessGoal(GoalMetric.USERS, null, null, 3, "大幅提升用户活跃度");
        List<FieldError> problems = ApplicationRules.problems(application(vague, List.of("积分兑换")), 3);
        assertEquals(List.of("goal.targetValue"), fields(problems));
        assertTrue(problems.get(0).message().contains("quantified"));
    }

    @Test
    void a_fourth_core_function_is_refused_because_the_first_version_is_a_minimum_viable_product() {
        RuleBrokenException refused = assertThrows(RuleBrokenException.class, () -> ApplicationRules.requireComplete(
                application(HUNDRED_THOUSAND_USERS_IN_THREE_MONTHS, List.of("积分兑换", "订单查询", "积分明细", "积分抽奖")), 3));
        assertEquals(422, new ProblemMapper().problem(refused, null).getStatus());
        assertTrue(refused.getMessage().contains("at most 3"));
        assertTrue(refused.detailZh().contains("核心功能 1 至 3 项"));
    }

    @Test
    void an_application_without_any_core_function_is_refused() {
        assertEquals(List.of("coreFunctions"),
                fields(ApplicationRules.problems(application(HUNDRED_THOUSAND_USERS_IN_THREE_MONTHS, List.of()), 3)));
    }

    private static LaunchPlan plan(EmergencyPlan emergency) {
        return new LaunchPlan(Instant.parse("2026-10-20T02:00:00Z"), List.of("运维 李强"), emergency, "监控", "李强",
                Instant.parse("2026-10-19T02:00:00Z"));
    }

    @Test
    void release_is_refused_without_a_launch_plan() {
        assertEquals(List.of("launchPlan"), fields(ReleaseGuard.problems(null)));
    }

    @Test
    void release_is_refused_when_the_emergency_plan_has_no_rollback_steps() {
        assertEquals(List.of("launchPlan.emergencyPlan.rollbackSteps"),
                fields(ReleaseGuard.problems(plan(new EmergencyPlan(List.of(" "), "返还积分", null)))));
    }

    @Test
    void release_is_refused_when_the_emergency_plan_has_no_user_compensation() {
        var refused = ReleaseGuard.refusal(plan(new EmergencyPlan(List.of("回滚至 v2.3.1"), null, null))).orElseThrow();
        assertEquals("release-refused", refused.type());
        assertEquals("Release refused: no emergency plan", refused.title());
        assertTrue(refused.reasonZh().startsWith("上线前必须完成应急预案"));
    }

    @Test
    void an_emergency_plan_with_rollback_steps_and_user_compensation_lets_the_release_through() {
        assertEquals(List.of(), ReleaseGuard.problems(plan(new EmergencyPlan(List.of("回滚至 v2.3.1"), "返还积分", null))));
    }

    @Test
    void the_goal_metric_is_measured_against_table_one_target() {
        List<MetricResult> results = EvaluationRules.results(HUNDRED_THOUSAND_USERS_IN_THREE_MONTHS, List.of(
                new Measurement(GoalMetric.USERS, null, new BigDecimal("92000"), null),
                new Measurement(GoalMetric.RETENTION, new BigDecimal("40"), new BigDecimal("41.5"), "%")));
        MetricResult users = results.get(0);
        assertTrue(users.goal());
        assertEquals(new BigDecimal("100000"), users.target());
        assertFalse(users.met());
        assertEquals("人", users.unit());
        assertTrue(results.get(1).met());
    }

    @Test
    void an_evaluation_without_the_goal_metric_is_refused() {
        RuleBrokenException refused = assertThrows(RuleBrokenException.class, () -> EvaluationRules.results(
                HUNDRED_THOUSAND_USERS_IN_THREE_MONTHS,
                List.of(new Measurement(GoalMetric.DAU, new BigDecimal("8000"), new BigDecimal("9100"), null))));
        assertTrue(refused.getMessage().contains("goal metric USERS"));
    }

    @Test
    void the_goal_target_cannot_be_changed_after_the_fact() {
        assertThrows(RuleBrokenException.class, () -> EvaluationRules.results(HUNDRED_THOUSAND_USERS_IN_THREE_MONTHS,
                List.of(new Measurement(GoalMetric.USERS, new BigDecimal("50000"), new BigDecimal("60000"), null))));
    }
}
