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

    /**
     * Reads only the rows above the relay's position (every row up to it is sent or set aside: migration V0_16), along
     * the primary key, and the rejected rows through their partial index. The range has both ends so that the planner
     * takes it for a small one whatever its statistics say (it is: the backlog and about a batch of sent rows).
     */
    @Transactional
    public Backlog now() {
        SqlRow row = SqlRow.single(entityManager.createNativeQuery("""
                select count(*) as unsent, min(occurred_at) as oldest,
                       (select count(*) from outbox_event where rejected_at is not null) as rejected
                from outbox_event
                where seq > (select seq from outbox_relay_position) and seq <= (select max(seq) from outbox_event)
                  and sent_at is null and rejected_at is null""",
                Tuple.class));
        Instant oldest = row.instant("oldest");
        return new Backlog(row.count("unsent"),
                oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()),
                row.count("rejected"));
    }
}
