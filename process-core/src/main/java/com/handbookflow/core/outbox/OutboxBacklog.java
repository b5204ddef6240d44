package com.handbookflow.core.outbox;

import com.handbookflow.core.sql.SqlRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** How far the relay is behind: events waiting in the outbox and the age of the oldest. */
@ApplicationScoped
public class OutboxBacklog {

    public record Backlog(long unsent, long oldestUnsentAgeSeconds) {
    }

    private final EntityManager entityManager;
    private final Clock clock;

    OutboxBacklog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Reads only unsent rows, through their partial index. */
    @Transactional
    public Backlog now() {
        SqlRow row = SqlRow.single(entityManager.createNativeQuery(
                "select count(*) as unsent, min(occurred_at) as oldest from outbox_event where sent_at is null", Tuple.class));
        Instant oldest = row.instant("oldest");
        return new Backlog(row.count("unsent"),
                oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()));
    }
}
