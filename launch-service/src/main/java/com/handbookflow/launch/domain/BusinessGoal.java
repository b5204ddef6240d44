package com.handbookflow.launch.domain;

import java.math.BigDecimal;

/**
 * The quantified business goal of table 1 (业务目标), e.g. 100,000 users within 3 months: the
 * effect evaluation measures the launch against it, so it must carry a number.
 */
public record BusinessGoal(GoalMetric metric, BigDecimal targetValue, String unit, Integer horizonMonths,
                           String description) {
}
