package com.handbookflow.notification.deadline;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Resolves the policy of a scenario, node and urgency from configuration, the most specific
 * override first: {@code scenario.NODE/URGENCY}, {@code scenario.NODE}, {@code scenario/URGENCY},
 * {@code scenario}, then the defaults; each field on its own.
 */
@ApplicationScoped
public class ReminderPolicies {

    private final ReminderConfig config;
    private final Map<String, ReminderPolicy> resolved = new ConcurrentHashMap<>();

    ReminderPolicies(ReminderConfig config) {
        this.config = config;
    }

    /** The policy an obligation is reminded by: of its scenario, node and urgency, on the clock of its limit. */
    public ReminderPolicy of(Obligation o) {
        return of(o.processType(), o.itemKey(), o.urgency()).onClockOf(o.limitSpec());
    }

    public ReminderPolicy of(String scenario, String nodeKey, String urgency) {
        String node = scenario + "." + nodeKey;
        return resolved.computeIfAbsent(urgency == null ? node : node + "/" + urgency, key -> resolve(
                urgency == null ? List.of(node, scenario) : List.of(node + "/" + urgency, node, scenario + "/" + urgency, scenario)));
    }

    /** The highest rung the obligation's chain has told (RESPONSIBLE before any escalation). */
    public EscalationLevel reached(Obligation o) {
        if (o.escalationLevel() == 0) {
            return EscalationLevel.RESPONSIBLE;
        }
        List<EscalationLevel> rungs = List.copyOf(of(o).ladder().keySet());
        return rungs.get(Math.min(o.escalationLevel(), rungs.size()) - 1);
    }

    /** The process owner of a scenario, if configured. */
    public Optional<String> processOwner(String scenario) {
        return Optional.ofNullable(config.processOwners().get(scenario));
    }

    /** Each field from the first of {@code keys} (most specific first) that sets it, else the default. */
    private ReminderPolicy resolve(List<String> keys) {
        List<ReminderConfig.RuleOverride> overrides = keys.stream()
                .map(key -> config.overrides().get(key)).filter(java.util.Objects::nonNull).toList();
        ReminderConfig.Rule defaults = config.defaults();
        Map<EscalationLevel, Offset> ladder = new LinkedHashMap<>();
        putRung(ladder, EscalationLevel.DEPARTMENT_HEAD,
                pick(overrides, ReminderConfig.RuleOverride::departmentHeadAfter, defaults.departmentHeadAfter()));
        putRung(ladder, EscalationLevel.LEADER_IN_CHARGE,
                pick(overrides, ReminderConfig.RuleOverride::leaderInChargeAfter, defaults.leaderInChargeAfter()));
        putRung(ladder, EscalationLevel.PROCESS_OWNER,
                pick(overrides, ReminderConfig.RuleOverride::processOwnerAfter, defaults.processOwnerAfter()));
        return new ReminderPolicy(
                Offset.parseOrNone(pick(overrides, ReminderConfig.RuleOverride::warningBefore, defaults.warningBefore())),
                pick(overrides, ReminderConfig.RuleOverride::shortLimitWarningAt, defaults.shortLimitWarningAt()),
                Offset.parseOrNone(pick(overrides, ReminderConfig.RuleOverride::repeatEvery, defaults.repeatEvery())),
                new RepeatCap(pick(overrides, ReminderConfig.RuleOverride::repeatBackoff, defaults.repeatBackoff()),
                        pick(overrides, ReminderConfig.RuleOverride::maxRepeatsPerDay, defaults.maxRepeatsPerDay())),
                ladder);
    }

    private static void putRung(Map<EscalationLevel, Offset> ladder, EscalationLevel level, String delay) {
        Offset offset = Offset.parseOrNone(delay);
        if (offset != null) {
            ladder.put(level, offset);
        }
    }

    private static <T> T pick(List<ReminderConfig.RuleOverride> overrides,
                              Function<ReminderConfig.RuleOverride, Optional<T>> field, T fallback) {
        return overrides.stream().map(field).flatMap(Optional::stream).findFirst().orElse(fallback);
    }
}
