package com.handbookflow.launch.domain;

import java.math.BigDecimal;

/** One quantified metric of the evaluation: target, actual, met or not; {@code goal} marks table 1's goal. */
public record MetricResult(GoalMetric metric, BigDecimal target, BigDecimal actual, String unit, boolean met,
                           boolean goal) {

    public static MetricResult of(GoalMetric metric, BigDecimal target, BigDecimal actual, String unit, boolean goal) {
        return new MetricResult(metric, target, actual, unit, actual.compareTo(target) >= 0, goal);
    }
}
