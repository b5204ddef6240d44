package com.handbookflow.core.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Tells operations how far the relay is behind. A backlog does not make the service unready
 * (requests are still accepted and nothing is lost); it is the number to alert on
 * ({@link OutboxMetrics} exports it to Prometheus).
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxBacklog backlog;

    OutboxHealthCheck(OutboxBacklog backlog) {
        this.backlog = backlog;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog.Backlog now = backlog.now();
        return HealthCheckResponse.named("Outbox relay")
                .up()
                .withData("unsentEvents", now.unsent())
                .withData("oldestUnsentAgeSeconds", now.oldestUnsentAgeSeconds())
                .withData("rejectedEvents", now.rejected())
                .build();
    }
}
