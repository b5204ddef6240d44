package com.handbookflow.core.consumer;

import com.handbookflow.core.housekeeping.Purge;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Idempotent consumption: an event id is recorded in the same transaction that applies the event,
 * so a redelivered or duplicated event (delivery is at-least-once) changes nothing.
 * <pre>
 * if (processed.firstTime("notification", ceId)) { apply(event); }   // inside one transaction
 * </pre>
 */
@ApplicationScoped
public class ProcessedEvents {

    private static final Duration KEEP = Duration.ofDays(30);

    private final EntityManager entityManager;
    private final Clock clock;

    ProcessedEvents(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Records the event as processed by {@code consumer}; false when it already was (then skip it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String consumer, String eventId) {
        // The synchronized query space says the statement touches processed_event only (no entity maps it):
        // without it Hibernate flushes the whole session before every native statement, in a consumer's
        // batch transaction once per event. Measured neutral on CPU per event (docs/benchmark.md): the
        // consumer's next JPQL query flushes instead; it keeps the statement from forcing a flush.
        return entityManager.createNativeQuery("insert into processed_event (consumer, event_id, processed_at) "
                        + "values (:consumer, :eventId, :now) on conflict do nothing")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("processed_event")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .setParameter("now", clock.instant())
                .executeUpdate() == 1;
    }

    /**
     * Records a batch's events as processed by {@code consumer} in one statement; returns the ids that were
     * not processed before (each once, however often the batch holds it). For a consumer applying a polled
     * batch in one transaction: one insert per batch instead of one per event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Set<String> firstTimes(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        // ON CONFLICT DO NOTHING also skips an id the same statement inserted already (a duplicated record).
        // The result's type named by addScalar, not by a result class: Hibernate 7.2 keys its cache of native
        // query plans by the SQL and the result mapping, and a result class's mapping never equals the next
        // query's, so every batch added one more entry under the same SQL and every lookup compared them all
        // (14 % of the consumer's CPU in a profile; docs/benchmark.md, branch intakejvm).
        List<String> fresh = entityManager.createNativeQuery("insert into processed_event (consumer, event_id, processed_at) "
                        + "select :consumer, id, :now from unnest(cast(:eventIds as varchar[])) as id "
                        + "on conflict do nothing returning event_id")
                .unwrap(NativeQuery.class).addScalar("event_id", StandardBasicTypes.STRING)
                .addSynchronizedQuerySpace("processed_event")
                .setParameter("consumer", consumer)
                .setParameter("eventIds", eventIds.toArray(String[]::new))
                .setParameter("now", clock.instant())
                .getResultList();
        return new HashSet<>(fresh);
    }

    /** Runs {@code apply} unless the event was processed before; returns whether it ran. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyOnce(String consumer, String eventId, Runnable apply) {
        if (!firstTime(consumer, eventId)) {
            return false;
        }
        apply.run();
        return true;
    }

    /** Redeliveries come within minutes or days, not months: old ids are forgotten in bounded batches. */
    @Scheduled(every = "6h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOld() {
        Purge.olderThan(entityManager, "processed_event", "processed_at", clock.instant().minus(KEEP));
    }
}
