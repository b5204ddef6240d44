package com.handbookflow.notification.supervision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A measured value against its target.
 *
 * @param value null when the period has nothing to measure
 * @param met   null when there is no value
 */
@Schema(name = "Metric", description = "A value, its target and whether it is met / 指标值、目标与是否达标")
public record Metric(
        @Schema(example = "0.962") Double value,
        @Schema(example = "0.95") double target,
        @Schema(description = "AT_LEAST (>=) or AT_MOST (<=)", example = "AT_LEAST") String comparison,
        @Schema(example = "true") Boolean met) {

    public static Metric atLeast(Double value, double target) {
        return new Metric(value, target, "AT_LEAST", value == null ? null : value >= target);
    }

    public static Metric atMost(Double value, double target) {
        return new Metric(value, target, "AT_MOST", value == null ? null : value <= target);
    }
}
