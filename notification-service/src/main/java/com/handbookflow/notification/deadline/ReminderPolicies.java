package com.handbookflow.notification.deadline;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Resolves the policy of a scenario and node from configuration: node override, then scenario override, then defaults. */
@ApplicationScoped
public class ReminderPolicies {

    private final ReminderConfig config;
    private final Map<String, ReminderPolicy> resolved = new ConcurrentHashMap<>();

    ReminderPolicies(ReminderConfig config) {
        this.config = config;
    }

    public ReminderPolicy of(String scenario, String nodeKey) {
        return resolved.computeIfAbsent(scenario + "." + nodeKey, key -> resolve(scenario, key));
    }

    /** The highest rung the obligation's chain has told (RESPONSIBLE before any escalation). */
    public EscalationLevel reached(Obligation o) {
        if (o.escalationLevel() == 0) {
            return EscalationLevel.RESPONSIBLE;
        }
        java.util.List<EscalationLevel> rungs = java.util.List.copyOf(of(o.processType(), o.itemKey()).ladder().keySet());
        return rungs.get(Math.min(o.escalationLevel(), rungs.size()) - 1);
    }

    /** The process owner of a scenario, if configured. */
    public Optional<String> processOwner(String scenario) {
        return Optional.ofNullable(config.processOwners().get(scenario));
    }

    private ReminderPolicy resolve(String scenario, String nodeKey) {
        Optional<ReminderConfig.RuleOverride> node = Optional.ofNullable(config.overrides().get(nodeKey));
        Optional<ReminderConfig.RuleOverride> process = Optional.ofNullable(config.overrides().get(scenario));
        ReminderConfig.Rule defaults = config.defaults();
        Map<EscalationLevel, Offset> ladder = new LinkedHashMap<>();
        putRung(ladder, EscalationLevel.DEPARTMENT_HEAD,
                pick(node, process, ReminderConfig.RuleOverride::departmentHeadAfter, defaults.departmentHeadAfter()));
        putRung(ladder, EscalationLevel.LEADER_IN_CHARGE,
                pick(node, process, ReminderConfig.RuleOverride::leaderInChargeAfter, defaults.leaderInChargeAfter()));
        putRung(ladder, EscalationLevel.PROCESS_OWNER,
                pick(node, process, ReminderConfig.RuleOverride::processOwnerAfter, defaults.processOwnerAfter()));
        return new ReminderPolicy(
                Offset.parseOrNone(pick(node, process, ReminderConfig.RuleOverride::warningBefore, defaults.warningBefore())),
                pick(node, process, ReminderConfig.RuleOverride::shortLimitWarningAt, defaults.shortLimitWarningAt()),
                Offset.parseOrNone(pick(node, process, ReminderConfig.RuleOverride::repeatEvery, defaults.repeatEvery())),
                ladder);
    }

    private static void putRung(Map<EscalationLevel, Offset> ladder, EscalationLevel level, String delay) {
        Offset offset = Offset.parseOrNone(delay);
        if (offset != null) {
            ladder.put(level, offset);
        }
    }

    private static <T> T pick(Optional<ReminderConfig.RuleOverride> node, Optional<ReminderConfig.RuleOverride> process,
                              Function<ReminderConfig.RuleOverride, Optional<T>> field, T fallback) {
        return node.flatMap(field).or(() -> process.flatMap(field)).orElse(fallback);
    }
}
