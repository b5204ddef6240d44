package com.handbookflow.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Kafka's state as the background check last saw it, answered without any I/O. Always UP: every
 * service keeps working while Kafka is down (scenario services queue events in the outbox, the
 * notification service catches up when it returns), so taking them out of readiness would only
 * turn a Kafka outage into an API outage. {@code reachable=false} and the outbox backlog are what
 * to alert on.
 */
@Readiness
@ApplicationScoped
public class KafkaHealthCheck implements HealthCheck {

    public static final String NAME = "Kafka (background check)";

    private final KafkaReachability kafka;

    KafkaHealthCheck(KafkaReachability kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        KafkaReachability.State state = kafka.state();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up()
                .withData("reachable", state.reachable())
                .withData("brokers", state.brokers());
        if (state.checkedAt() != null) {
            response.withData("checkedAt", state.checkedAt().toString());
        }
        if (state.unreachableSince() != null) {
            response.withData("unreachableSince", state.unreachableSince().toString());
        }
        if (state.error() != null) {
            response.withData("error", state.error());
        }
        return response.build();
    }
}
