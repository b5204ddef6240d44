package com.handbookflow.core.outbox;

import com.handbookflow.core.time.SqlInstants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Tells operations how far the relay is behind: events waiting in the outbox and the age of the
 * oldest. A backlog does not make the service unready (requests are still accepted and nothing is
 * lost); it is the number to alert on. Reads only unsent rows, through their partial index.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final EntityManager entityManager;
    private final Clock clock;

    OutboxHealthCheck(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    @Transactional
    public HealthCheckResponse call() {
        Object[] backlog = (Object[]) entityManager.createNativeQuery(
                "select count(*), min(occurred_at) from outbox_event where sent_at is null").getSingleResult();
        long unsent = ((Number) backlog[0]).longValue();
        Instant oldest = backlog[1] == null ? null : SqlInstants.toInstant(backlog[1]);
        return HealthCheckResponse.named("Outbox relay")
                .up()
                .withData("unsentEvents", unsent)
                .withData("oldestUnsentAgeSeconds", oldest == null ? 0 : Duration.between(oldest, clock.instant()).toSeconds())
                .build();
    }

}
