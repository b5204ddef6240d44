package com.handbookflow.notification.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;
import java.util.Optional;

/**
 * The reminder policy: defaults for every node and obligation, overridden per scenario
 * ({@code complaint}), per scenario and urgency ({@code "complaint/EXTRA_URGENT"}), per scenario and
 * node ({@code "complaint.HANDLE"}) or per scenario, node and urgency ({@code "complaint.PLAN/EXTRA_URGENT"});
 * the more specific wins, field by field.
 * Offsets are limit specs ({@code P1WD}, {@code P1D}, {@code PT2H}); {@code none} switches a step off.
 */
@ConfigMapping(prefix = "notification.reminders")
public interface ReminderConfig {

    Rule defaults();

    /** Keyed by scenario, scenario/URGENCY, scenario.NODE or scenario.NODE/URGENCY. */
    Map<String, RuleOverride> overrides();

    /** The process owner of each scenario (last rung of the ladder), e.g. {@code process-owners.complaint=u9001}. */
    Map<String, String> processOwners();

    interface Rule {
        /** The warning comes this long before due. */
        @WithDefault("P1WD")
        String warningBefore();

        /** For limits shorter than a day the warning comes at this fraction of the limit instead. */
        @WithDefault("0.8")
        double shortLimitWarningAt();

        /** After the overdue notice, a reminder every this long until completion. */
        @WithDefault("P1WD")
        String repeatEvery();

        /**
         * Repeats of one item back off: the first after {@link #repeatEvery()}, then each interval twice
         * the one before, until the interval reaches a day (an interval of a day or more never doubles).
         */
        @WithDefault("false")
        boolean repeatBackoff();

        /** At most this many repeats of one item on one calendar day (the next waits for midnight); 0: no cap. */
        @WithDefault("0")
        int maxRepeatsPerDay();

        /** Escalation to the head of the responsible department, this long after due. */
        @WithDefault("P1WD")
        String departmentHeadAfter();

        /** Escalation to the leader in charge, this long after due. */
        @WithDefault("P2WD")
        String leaderInChargeAfter();

        /** Escalation to the process owner, this long after due. */
        @WithDefault("P3WD")
        String processOwnerAfter();
    }

    interface RuleOverride {
        Optional<String> warningBefore();

        Optional<Double> shortLimitWarningAt();

        Optional<String> repeatEvery();

        Optional<Boolean> repeatBackoff();

        Optional<Integer> maxRepeatsPerDay();

        Optional<String> departmentHeadAfter();

        Optional<String> leaderInChargeAfter();

        Optional<String> processOwnerAfter();
    }
}
