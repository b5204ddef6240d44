package com.handbookflow.core.satisfaction;

import io.smallrye.config.ConfigMapping;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The points of each answer of the customer's confirmation ({@code handbook.satisfaction.points.<ANSWER>}),
 * configured once for every service: complaint-service's monthly review and notification-service's
 * supervision figures must score the same answer the same way. The handbook's values (SATISFIED 100,
 * BASICALLY_SATISFIED 80, DISSATISFIED 0) are defaults in process-core's
 * {@code META-INF/microprofile-config.properties}.
 */
@ConfigMapping(prefix = "handbook.satisfaction")
public interface SatisfactionPoints {

    /** Points per answer code; an answer without points is not scored. */
    Map<String, Integer> points();

    /** The points of one answer code, empty when it is not scored. */
    default OptionalInt of(String answer) {
        Integer points = points().get(answer);
        return points == null ? OptionalInt.empty() : OptionalInt.of(points);
    }
}
