package com.handbookflow.core.engine;

import com.handbookflow.core.engine.guard.GuardContext;
import com.handbookflow.core.engine.guard.GuardRefusal;
import com.handbookflow.core.engine.guard.NodeGuard;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The handbook's rule before a launch: an emergency plan with rollback steps and user compensation (a test scenario's guard). */
@ApplicationScoped
public class EmergencyPlanReady implements NodeGuard {

    @Override
    public String name() {
        return "emergency-plan-ready";
    }

    @Override
    public Optional<GuardRefusal> check(GuardContext context) {
        Object plan = context.content("emergencyPlan").orElse(null);
        if (plan instanceof Map<?, ?> emergency && isFilled(emergency.get("rollbackSteps"))
                && isFilled(emergency.get("userCompensation"))) {
            return Optional.empty();
        }
        return Optional.of(new GuardRefusal(
                "release refused: the launch plan has no emergency plan with rollback steps and user compensation",
                "拒绝发布：上线计划缺少含回滚步骤和用户补偿方案的应急预案"));
    }

    private static boolean isFilled(Object value) {
        return value instanceof Collection<?> list ? !list.isEmpty()
                : value instanceof String text && !text.isBlank();
    }
}
