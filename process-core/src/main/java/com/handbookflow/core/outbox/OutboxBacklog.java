package com.handbookflow.core.outbox;

import com.handbookflow.core.sql.SqlRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How far the relay is behind: events waiting in the outbox and the age of the oldest; and the events
 * Kafka refused for good, set aside until operations re-queue them.
 */
@ApplicationScoped
public class OutboxBacklog {

    public record Backlog(long unsent, long oldestUnsentAgeSeconds, long rejected) {
    }

    private final EntityManager entityManager;
    private final Clock clock;

    OutboxBacklog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Reads only unsent and rejected rows, through their partial indexes. */
    @Transactional
    public Backlog now() {
        SqlRow row = SqlRow.single(entityManager.createNativeQuery("""
                select (select count(*) from outbox_event where sent_at is null and rejected_at is null) as unsent,
                       (select min(occurred_at) from outbox_event where sent_at is null and rejected_at is null) as oldest,
                       (select count(*) from outbox_event where rejected_at is not null) as rejected""", Tuple.class));
        Instant oldest = row.instant("oldest");
        return new Backlog(row.count("unsent"),
                oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()),
                row.count("rejected"));
    }
}
