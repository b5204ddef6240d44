package com.handbookflow.notification.supervision;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.NodeOutput;
import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.satisfaction.SatisfactionPoints;
import com.handbookflow.notification.deadline.ObligationClosed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.hibernate.query.QueryFlushMode;
import org.hibernate.query.NativeQuery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds each closed node to the supervision counts of its day and month, and each done obligation to the
 * duration histogram of its day and month, in the transaction that applies its event (which runs once per
 * event): the aggregates are always consistent with the consumed stream.
 */
@ApplicationScoped
public class SupervisionLedger {

    private static final Set<NodeState> CLOSED = Set.of(NodeState.COMPLETED, NodeState.RETURNED, NodeState.SKIPPED);
    /** The node key under which ratings between departments are counted. */
    public static final String DEPARTMENT_RATING = "DEPARTMENT_RATING";
    /**
     * The tables the upserts touch (no entity maps them), declared as their query spaces. They never flush:
     * nothing the session holds can change what they read or write, and with the query spaces alone
     * Hibernate still dirty-checked the consumer's whole batch session before each upsert to find that out (an
     * O(batch^2) share of the consumer's CPU in a profile; docs/benchmark.md, branch eventpath).
     */
    private static final String DAILY = "supervision_daily";
    private static final String MONTHLY = "supervision_monthly";
    private static final String DURATIONS = "supervision_duration";
    private static final String MONTHLY_DURATIONS = "supervision_duration_monthly";
    /** The day's and the month's counters of a cell, upserted together. */
    private static final String COUNT = "with daily as (" + countIn(DAILY, "day") + ") " + countIn(MONTHLY, "month");

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;
    private final SupervisionConfig config;
    private final SatisfactionPoints satisfactionPoints;

    SupervisionLedger(EntityManager entityManager, WorkingDayCalendar calendar, SupervisionConfig config,
                      SatisfactionPoints satisfactionPoints) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.config = config;
        this.satisfactionPoints = satisfactionPoints;
    }

    void onNodeChange(@Observes NodeStateChanged e) {
        if (!CLOSED.contains(e.newState())) {
            return;
        }
        Instant at = e.completedAt() != null ? e.completedAt() : e.occurredAt();
        boolean completed = e.newState() == NodeState.COMPLETED;
        boolean requiresOutputs = completed && e.requiredOutputs() != null && !e.requiredOutputs().isEmpty();
        Integer satisfaction = completed ? customerSatisfaction(e) : null;
        List<Integer> departmentSatisfaction = completed ? departmentSatisfaction(e) : List.of();
        count(LocalDate.ofInstant(at, calendar.zone()), e.processType(), e.nodeKey(), e.responsibleDepartment(),
                new Counts(completed ? 1 : 0,
                        completed && Boolean.TRUE.equals(e.onTime()) ? 1 : 0,
                        completed && Boolean.FALSE.equals(e.onTime()) ? 1 : 0,
                        e.newState() == NodeState.RETURNED ? 1 : 0,
                        e.newState() == NodeState.SKIPPED ? 1 : 0,
                        requiresOutputs ? 1 : 0,
                        requiresOutputs && outputsComplete(e) ? 1 : 0,
                        satisfaction == null ? 0 : 1,
                        satisfaction == null ? 0 : satisfaction,
                        departmentSatisfaction.size(),
                        departmentSatisfaction.stream().mapToLong(Integer::longValue).sum()));
    }

    /**
     * Counts a done obligation in its closing day's bucket of how long it took (V14): the duration
     * percentiles and the on-time rate by kind read these buckets, not the obligations.
     */
    void onObligationClosed(@Observes ObligationClosed closed) {
        if (!closed.done() || closed.startedAt() == null || closed.closedAt() == null) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(closed.closedAt(), calendar.zone());
        // counts[bucket + 1]: a new row is nulls up to the bucket, then 1; an existing one grows with nulls. The
        // bucket computed once (the function is not inlined: strict, over a body that is not): the new row's array,
        // whose last index is the bucket + 1, for both upserts
        entityManager.createNativeQuery("""
                        with bucket as (
                            select array_fill(null::int, array[supervision_duration_bucket(:seconds)]) || 1 as counts),
                        daily as (
                            insert into supervision_duration as h (day, process_type, node_key, department, kind, counts,
                                on_time)
                            values (:day, :type, :node, :department, :kind, (select counts from bucket), :onTime)
                            on conflict (day, process_type, node_key, department, kind) do update set
                                counts[cardinality(excluded.counts)] = coalesce(h.counts[cardinality(excluded.counts)], 0) + 1,
                                on_time = h.on_time + excluded.on_time)
                        insert into supervision_duration_monthly as m (month, process_type, node_key, department, kind,
                            counts, on_time)
                        values (:month, :type, :node, :department, :kind, (select counts from bucket), :onTime)
                        on conflict (month, process_type, node_key, department, kind) do update set
                            counts[cardinality(excluded.counts)] = coalesce(m.counts[cardinality(excluded.counts)], 0) + 1,
                            on_time = m.on_time + excluded.on_time""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace(DURATIONS).addSynchronizedQuerySpace(MONTHLY_DURATIONS)
                .setQueryFlushMode(QueryFlushMode.NO_FLUSH)
                .setParameter("day", day)
                .setParameter("month", day.withDayOfMonth(1))
                .setParameter("type", closed.processType())
                .setParameter("node", closed.itemKey())
                .setParameter("department", closed.responsibleDepartment() == null ? "-" : closed.responsibleDepartment())
                .setParameter("kind", closed.kind())
                .setParameter("seconds", Duration.between(closed.startedAt(), closed.closedAt()).toNanos() / 1e9)
                .setParameter("onTime", closed.onTime() ? 1 : 0)
                .executeUpdate();
    }

    /**
     * A department's rating of another after a collaboration counts in the rated department's
     * satisfaction of that day (node key {@value #DEPARTMENT_RATING}: no node was completed).
     */
    public void departmentRated(LocalDate day, String processType, String ratedDepartment, int score) {
        count(day, processType, DEPARTMENT_RATING, ratedDepartment, new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, score));
    }

    /**
     * Adds to a cell's counters of the day and of its month in one statement: a long period reads its
     * whole months from the monthly rows (PeriodCover).
     */
    private void count(LocalDate day, String processType, String node, String department, Counts counts) {
        NativeQuery<?> upsert = entityManager.createNativeQuery(COUNT).unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace(DAILY).addSynchronizedQuerySpace(MONTHLY)
                .setQueryFlushMode(QueryFlushMode.NO_FLUSH)
                .setParameter("day", day)
                .setParameter("month", day.withDayOfMonth(1))
                .setParameter("type", processType)
                .setParameter("node", node)
                .setParameter("department", department == null ? "-" : department);
        List<Long> values = counts.values();
        for (int i = 0; i < Counts.COLUMNS.size(); i++) {
            upsert.setParameter(Counts.COLUMNS.get(i), values.get(i));
        }
        upsert.executeUpdate();
    }

    private static String countIn(String table, String unit) {
        return "insert into " + table + " as t (" + unit + ", process_type, node_key, department, "
                + String.join(", ", Counts.COLUMNS) + ") values (:" + unit + ", :type, :node, :department, "
                + Counts.COLUMNS.stream().map(c -> ":" + c).collect(Collectors.joining(", "))
                + ") on conflict (" + unit + ", process_type, node_key, department) do update set "
                + Counts.COLUMNS.stream().map(c -> c + " = t." + c + " + excluded." + c).collect(Collectors.joining(", "));
    }

    /** Every required output present, and not passed over by an override. */
    static boolean outputsComplete(NodeStateChanged e) {
        if (e.override()) {
            return false;
        }
        List<NodeOutput> outputs = e.outputs() == null ? List.of() : e.outputs();
        Set<String> produced = outputs.stream().map(NodeOutput::key).collect(Collectors.toSet());
        return produced.containsAll(e.requiredOutputs());
    }

    private Integer customerSatisfaction(NodeStateChanged e) {
        if (e.attributes() == null || !config.customerSatisfaction().nodes().contains(e.processType() + "." + e.nodeKey())) {
            return null;
        }
        Object verdict = e.attributes().get(config.customerSatisfaction().attribute());
        return verdict == null ? null : satisfactionPoints.points().get(verdict.toString());
    }

    /**
     * The department satisfaction scores (0-100) a completion reports, credited to the node's department:
     * one score, or a list of them (a project's retrospective carries each participating department's
     * rating of the collaboration, each counted once).
     */
    private List<Integer> departmentSatisfaction(NodeStateChanged e) {
        Object scores = e.attributes() == null ? null : e.attributes().get(config.departmentSatisfactionAttribute());
        if (scores instanceof java.util.Collection<?> several) {
            return several.stream().map(SupervisionLedger::score).filter(java.util.Objects::nonNull).toList();
        }
        Integer one = score(scores);
        return one == null ? List.of() : List.of(one);
    }

    private static Integer score(Object score) {
        if (score instanceof Number number) {
            return number.intValue();
        }
        try {
            return score == null ? null : Integer.valueOf(score.toString());
        } catch (NumberFormatException notAScore) {
            return null;
        }
    }
}
