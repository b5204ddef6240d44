package com.handbookflow.launch.domain;

import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.engine.guard.GuardContext;
import com.handbookflow.core.engine.guard.GuardRefusal;
import com.handbookflow.core.engine.guard.NodeGuard;
import com.handbookflow.core.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 上线前必须完成应急预案: the release node's guard ({@code "guards": ["emergency-plan-ready"]} in
 * {@code processes/launch.json}). The release completes only when the launch (the completion's
 * subject) has a launch plan with an emergency plan holding rollback steps and a user compensation
 * plan. Its refusal keeps the problem type this API documented before the rule became a kit guard,
 * {@code release-refused}, with the missing fields.
 */
@ApplicationScoped
public class ReleaseGuard implements NodeGuard {

    public static final String NAME = "emergency-plan-ready";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<GuardRefusal> check(GuardContext context) {
        return refusal(context.subject(Launch.class).map(Launch::launchPlan).orElse(null));
    }

    /** The refusal for a launch plan, empty when its emergency plan is complete. */
    public static Optional<GuardRefusal> refusal(LaunchPlan plan) {
        List<FieldError> problems = problems(plan);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        String reasons = String.join("; ", problems.stream().map(FieldError::message).toList());
        ProblemText text = ProblemText.of(ReleaseGuard.class, "release-refused", reasons);
        return Optional.of(GuardRefusal.named(text.type(), text.title(), text.titleZh(), text.detail(), text.detailZh(),
                problems));
    }

    public static List<FieldError> problems(LaunchPlan plan) {
        List<FieldError> problems = new ArrayList<>();
        if (plan == null) {
            problems.add(new FieldError("launchPlan", "no launch plan (上线计划表) recorded"));
            return problems;
        }
        EmergencyPlan emergency = plan.emergencyPlan();
        if (emergency == null || emergency.rollbackSteps().stream().allMatch(s -> s == null || s.isBlank())) {
            problems.add(new FieldError("launchPlan.emergencyPlan.rollbackSteps",
                    "the emergency plan has no rollback steps (回滚步骤)"));
        }
        if (emergency == null || emergency.userCompensation() == null || emergency.userCompensation().isBlank()) {
            problems.add(new FieldError("launchPlan.emergencyPlan.userCompensation",
                    "the emergency plan has no user compensation plan (用户补偿方案)"));
        }
        return problems;
    }
}
