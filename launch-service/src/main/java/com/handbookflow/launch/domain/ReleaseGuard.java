package com.handbookflow.launch.domain;

import com.handbookflow.core.problem.Problem;
import com.handbookflow.core.problem.UnprocessableException;

import java.util.ArrayList;
import java.util.List;

/**
 * 上线前必须完成应急预案: a release is refused unless the launch plan has an emergency plan with
 * rollback steps and a user compensation plan.
 */
public final class ReleaseGuard {

    private ReleaseGuard() {
    }

    public static List<Problem.FieldError> problems(LaunchPlan plan) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (plan == null) {
            problems.add(new Problem.FieldError("launchPlan", "no launch plan (上线计划表) recorded"));
            return problems;
        }
        EmergencyPlan emergency = plan.emergencyPlan();
        if (emergency == null || emergency.rollbackSteps().stream().allMatch(s -> s == null || s.isBlank())) {
            problems.add(new Problem.FieldError("launchPlan.emergencyPlan.rollbackSteps",
                    "the emergency plan has no rollback steps (回滚步骤)"));
        }
        if (emergency == null || emergency.userCompensation() == null || emergency.userCompensation().isBlank()) {
            problems.add(new Problem.FieldError("launchPlan.emergencyPlan.userCompensation",
                    "the emergency plan has no user compensation plan (用户补偿方案)"));
        }
        return problems;
    }

    public static void requireEmergencyPlan(LaunchPlan plan) {
        List<Problem.FieldError> problems = problems(plan);
        if (!problems.isEmpty()) {
            String reasons = String.join("; ", problems.stream().map(Problem.FieldError::message).toList());
            throw new UnprocessableException("release-refused", "Release refused: no emergency plan",
                    "不能发布：未完成应急预案",
                    "Release refused: an emergency plan with rollback steps and a user compensation plan is required "
                            + "before launch; " + reasons,
                    "上线前必须完成应急预案（含回滚步骤与用户补偿方案）：" + reasons, problems);
        }
    }
}
