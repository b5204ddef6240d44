package com.handbookflow.launch.domain;

import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 效果评估用量化指标，而非主观判断: every metric has a number, and table 1's goal metric is
 * measured against the goal's own target (not one chosen after the fact).
 */
public final class EvaluationRules {

    private EvaluationRules() {
    }

    public static List<MetricResult> results(BusinessGoal goal, List<Measurement> measurements) {
        List<FieldError> problems = new ArrayList<>();
        List<MetricResult> results = new ArrayList<>();
        Set<GoalMetric> seen = new HashSet<>();
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            String field = "metrics[" + i + "]";
            if (m.metric() == null || m.actual() == null) {
                problems.add(new FieldError(field, "each metric needs what it measures and its actual value"));
                continue;
            }
            if (!seen.add(m.metric())) {
                problems.add(new FieldError(field, m.metric() + " is measured twice"));
                continue;
            }
            boolean isGoal = m.metric() == goal.metric();
            if (isGoal && m.target() != null && m.target().compareTo(goal.targetValue()) != 0) {
                problems.add(new FieldError(field + ".target", "the goal metric " + m.metric()
                        + " is measured against table 1's target " + goal.targetValue().toPlainString()
                        + ", not " + m.target().toPlainString()));
                continue;
            }
            if (!isGoal && m.target() == null) {
                problems.add(new FieldError(field + ".target", m.metric() + " needs a target value"));
                continue;
            }
            results.add(MetricResult.of(m.metric(), isGoal ? goal.targetValue() : m.target(), m.actual(),
                    m.unit() != null ? m.unit() : isGoal ? goal.unit() : null, isGoal));
        }
        if (!seen.contains(goal.metric())) {
            problems.add(new FieldError("metrics", "table 1's goal metric " + goal.metric()
                    + " (target " + goal.targetValue().toPlainString() + ") must be measured"));
        }
        if (!problems.isEmpty()) {
            String reasons = String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList());
            throw new RuleBrokenException(ProblemText.of(EvaluationRules.class, "evaluation-not-quantified", reasons),
                    problems);
        }
        return results;
    }
}
