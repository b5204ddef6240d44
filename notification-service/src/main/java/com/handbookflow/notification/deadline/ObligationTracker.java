package com.handbookflow.notification.deadline;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.event.ObligationChanged;
import com.handbookflow.core.obligation.ObligationState;
import com.handbookflow.notification.calendar.DeadlineCoverage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps one open row per obligation from the scenario events: a node that opens is owed, a node
 * that is reassigned or rescheduled changes hands or due, a node that closes stops its reminders.
 */
@ApplicationScoped
public class ObligationTracker {

    private static final Logger LOG = Logger.getLogger(ObligationTracker.class);
    public static final String NODE = "NODE";
    /** The attribute of scenario events that carries the case's urgency (GENERAL, URGENT, EXTRA_URGENT). */
    public static final String URGENCY = "urgency";

    private final EntityManager entityManager;
    private final ReminderPolicies policies;
    private final WorkingDayCalendar calendar;
    private final DeadlineCoverage coverage;
    private final Event<ObligationClosed> closings;
    private final NextLook nextLook;

    ObligationTracker(EntityManager entityManager, ReminderPolicies policies, WorkingDayCalendar calendar,
                      DeadlineCoverage coverage, Event<ObligationClosed> closings, NextLook nextLook) {
        this.nextLook = nextLook;
        this.entityManager = entityManager;
        this.policies = policies;
        this.calendar = calendar;
        this.coverage = coverage;
        this.closings = closings;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(NodeStateChanged e) {
        apply(e, lookUp(List.of(sourceKey(e))));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ObligationChanged e) {
        apply(e, lookUp(List.of(sourceKey(e))));
    }

    /** Applies a node change with the open rows of its batch ({@link #lookUp}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(NodeStateChanged e, OpenObligations rows) {
        String sourceKey = sourceKey(e);
        if (e.newState() == NodeState.ACTIVE) {
            if (e.dueAt() == null) {
                LOG.debugf("node %s has no due instant; nothing to remind", sourceKey);
                return;
            }
            Optional<Obligation> open = rows.open(sourceKey);
            Obligation o = open.orElseGet(() -> new Obligation(sourceKey, nextCycle(rows, sourceKey), NODE,
                    e.processType(), e.instanceId(), e.businessNumber(), e.nodeKey(), e.nodeNameZh(), e.nodeNameEn()));
            o.computedWith(e.calendarVersion());
            schedule(open.isEmpty(), o, e.startedAt() != null ? e.startedAt() : e.occurredAt(), e.dueAt(), e.limit(),
                    urgency(e.attributes()), e.responsibleDepartment(), e.responsiblePerson(), rows);
        } else {
            rows.open(sourceKey).ifPresentOrElse(o -> close(o, e.newState().name(),
                            e.completedAt() != null ? e.completedAt() : e.occurredAt(), e.onTime(), rows),
                    () -> LOG.debugf("no open obligation %s to close as %s", sourceKey, e.newState()));
        }
    }

    /** Applies an obligation change with the open rows of its batch ({@link #lookUp}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ObligationChanged e, OpenObligations rows) {
        String sourceKey = sourceKey(e);
        if (e.state() == ObligationState.OPEN) {
            if (e.dueAt() == null) {
                LOG.debugf("obligation %s has no due instant; nothing to remind", sourceKey);
                return;
            }
            Optional<Obligation> open = rows.open(sourceKey);
            Obligation o = open.orElseGet(() -> new Obligation(sourceKey, nextCycle(rows, sourceKey), e.kind(),
                    e.processType(), e.instanceId(), e.businessNumber(), e.obligationKey(), e.nameZh(), e.nameEn()));
            o.computedWith(e.calendarVersion());
            schedule(open.isEmpty(), o, e.startedAt() != null ? e.startedAt() : e.occurredAt(), e.dueAt(), e.limit(),
                    urgency(e.attributes()), e.responsibleDepartment(), e.responsiblePerson(), rows);
        } else {
            rows.open(sourceKey).ifPresent(o ->
                    close(o, e.state().name(), e.completedAt() != null ? e.completedAt() : e.occurredAt(), e.onTime(), rows));
        }
    }

    private void close(Obligation o, String closedAs, Instant closedAt, Boolean onTime, OpenObligations rows) {
        o.close(closedAs, closedAt, onTime);
        rows.closed(o);
        closings.fire(ObligationClosed.of(o));
    }

    public static String sourceKey(NodeStateChanged e) {
        return "node/" + e.instanceId() + "/" + e.nodeKey() + "/" + e.attempt();
    }

    public static String sourceKey(ObligationChanged e) {
        return "obligation/" + e.instanceId() + "/" + e.obligationKey();
    }

    /**
     * The open rows of these source keys, one query for a whole batch, locked until the batch commits. The
     * deadline scheduler claims due rows {@code FOR UPDATE SKIP LOCKED}: it passes over a row an event is being
     * applied to, and an event waits for a row the scheduler is acting on and then reads what it committed.
     * Unlocked, the two raced on the row's version and a whole batch of events failed and was retried for
     * minutes while reminders fell due (the fault suite's PostgreSQL restart). Locked in the keys' order, so two
     * transactions locking overlapping rows cannot deadlock. Its auto-flush (the synchronized entity) makes
     * rows persisted earlier in the transaction visible to it.
     *
     * <p>SQL with the keys as one array parameter, not JPQL's {@code in :keys}: Hibernate does not cache the
     * translation of a query with a list parameter (its SQL depends on the list's length), and translated both
     * queries anew for every batch (18 % of the consumer's CPU in a profile, docs/benchmark.md, branch
     * {@code intakejvm}). The same statements as before: {@code for no key update} is what Hibernate writes for
     * a pessimistic write lock on PostgreSQL.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public OpenObligations lookUp(Collection<String> sourceKeys) {
        OpenObligations rows = new OpenObligations();
        if (!sourceKeys.isEmpty()) {
            // One probe of the open row's unique index per key, locked as it is found: the locking subquery is never
            // flattened, so no plan can be anything else. "source_key = any(?) and status = 'OPEN' order by id" got a
            // generic plan scanning every open row (a bitmap of ix_obligation_open_due, filtered by key) for every
            // batch, 3.0 against 0.5 ms with 451 open rows, a cost growing with the open count (docs/benchmark.md,
            // branch eventbatch). The keys are sorted: every batch locks its rows in the same order (the key's), so
            // two transactions locking overlapping rows cannot deadlock.
            ((List<Obligation>) entityManager.createNativeQuery("select o.* from unnest(cast(:keys as varchar[]))"
                            + " as k(source_key) cross join lateral (select * from obligation p"
                            + " where p.source_key = k.source_key and p.status = 'OPEN' for no key update) o", Obligation.class)
                    .unwrap(NativeQuery.class).addSynchronizedEntityClass(Obligation.class)
                    .setParameter("keys", sourceKeys.stream().sorted().distinct().toArray(String[]::new))
                    .getResultList()).forEach(rows::found);
            // The latest cycle of the other keys, for the rows their events open: one query for the batch
            // instead of one per new row, whose auto-flush dirty-checked the whole batch's session each
            // time (28% of notification-service's CPU per intake). Unlocked, like the per-row query was:
            // a key's new cycle is guarded by the unique (source_key, cycle). One index probe per key, written so
            // that no plan can be anything else: "source_key = any(?) group by source_key" got a generic plan
            // made while the table was small, a sequential scan of the whole table for every batch
            // (docs/benchmark.md, branch eventpath).
            String[] withoutOpen = sourceKeys.stream().filter(key -> rows.open(key).isEmpty()).distinct()
                    .toArray(String[]::new);
            if (withoutOpen.length > 0) {
                ((List<Object[]>) entityManager.createNativeQuery("select k.source_key, (select o.cycle from obligation o"
                                + " where o.source_key = k.source_key order by o.cycle desc limit 1) as last_cycle"
                                + " from unnest(cast(:keys as varchar[])) as k(source_key)")
                        .unwrap(NativeQuery.class).addSynchronizedEntityClass(Obligation.class)
                        .addScalar("source_key", StandardBasicTypes.STRING)
                        .addScalar("last_cycle", StandardBasicTypes.INTEGER)
                        .setParameter("keys", withoutOpen)
                        .getResultList()).stream().filter(row -> row[1] != null)
                        .forEach(row -> rows.lastCycleWas((String) row[0], (Integer) row[1]));
                for (String key : withoutOpen) {
                    rows.noCycleBefore(key);
                }
            }
        }
        return rows;
    }

    /**
     * A new row's cycle: after the latest the batch has seen of the key ({@link #lookUp} read the database's),
     * else (a key not looked up) after the database's; a new key: 1.
     */
    private int nextCycle(OpenObligations rows, String sourceKey) {
        return rows.nextCycle(sourceKey).orElseGet(() -> {
            Integer lastCycle = entityManager.createQuery(
                            "select max(o.cycle) from Obligation o where o.sourceKey = :key", Integer.class)
                    .setParameter("key", sourceKey).getSingleResult();
            return lastCycle == null ? 1 : lastCycle + 1;
        });
    }

    /** Recomputes when the row must next be looked at. */
    public void planNext(Obligation o) {
        o.planNext(plan(o).next(o).map(PlannedAction::at).orElse(null));
    }

    public ReminderPlan plan(Obligation o) {
        return new ReminderPlan(policies.of(o), calendar);
    }

    /** The case's urgency where the scenario reports one ({@code attributes.urgency}). */
    private static String urgency(Map<String, Object> attributes) {
        Object urgency = attributes == null ? null : attributes.get(URGENCY);
        return urgency == null ? null : urgency.toString();
    }

    /** A new row is persisted only once scheduled: Hibernate inserts the state it has at persist time. */
    private void schedule(boolean isNew, Obligation o, Instant startedAt, Instant dueAt, LimitSpec limit, String urgency,
                          String department, String person, OpenObligations rows) {
        o.schedule(startedAt, dueAt, limit, urgency, department, person);
        o.judgedAs(coverage.of(o));
        planNext(o);
        nextLook.scheduled(o.nextActionAt()); // the scheduler wakes for it, not at its next period
        if (isNew) {
            if (rows.closedInThisBatch(o.sourceKey())) {
                entityManager.flush(); // the earlier cycle's close first (see OpenObligations)
            }
            // the act that opened it: the scheduler's later notices link to its trace
            entityManager.persist(o.tracedBy(com.handbookflow.core.tracing.TraceContext.current()));
            rows.opened(o);
        }
    }
}
