package com.handbookflow.launch.domain;

import java.math.BigDecimal;

/** A metric as measured after launch; the target may be left out for table 1's goal metric (it is the goal's). */
public record Measurement(GoalMetric metric, BigDecimal target, BigDecimal actual, String unit) {
}
