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
import org.hibernate.query.NativeQuery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds each closed node to the day's supervision counts, and each done obligation to the day's duration
 * histogram, in the transaction that applies its event (which runs once per event): the aggregates are
 * always consistent with the consumed stream.
 */
@ApplicationScoped
public class SupervisionLedger {

    private static final Set<NodeState> CLOSED = Set.of(NodeState.COMPLETED, NodeState.RETURNED, NodeState.SKIPPED);
    /** The node key under which ratings between departments are counted. */
    public static final String DEPARTMENT_RATING = "DEPARTMENT_RATING";
    /**
     * The only table the upserts touch (no entity maps it), declared as their query space so Hibernate
     * does not flush the consumer's whole batch session before each one (neutral on CPU per event as
     * measured: the next JPQL query's auto-flush does the dirty check instead; see ProcessedEvents).
     */
    private static final String TABLE = "supervision_daily";
    private static final String DURATIONS = "supervision_duration";
    private static final String MONTHLY_DURATIONS = "supervision_duration_monthly";

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
        entityManager.createNativeQuery("""
                        insert into supervision_daily as d (day, process_type, node_key, department, completed, on_time,
                            late, returned, skipped, with_required_outputs, outputs_complete, satisfaction_count,
                            satisfaction_points, dept_satisfaction_count, dept_satisfaction_points)
                        values (:day, :type, :node, :department, :completed, :onTime, :late, :returned, :skipped,
                            :withOutputs, :outputsComplete, :satCount, :satPoints, :deptCount, :deptPoints)
                        on conflict (day, process_type, node_key, department) do update set
                            completed = d.completed + excluded.completed,
                            on_time = d.on_time + excluded.on_time,
                            late = d.late + excluded.late,
                            returned = d.returned + excluded.returned,
                            skipped = d.skipped + excluded.skipped,
                            with_required_outputs = d.with_required_outputs + excluded.with_required_outputs,
                            outputs_complete = d.outputs_complete + excluded.outputs_complete,
                            satisfaction_count = d.satisfaction_count + excluded.satisfaction_count,
                            satisfaction_points = d.satisfaction_points + excluded.satisfaction_points,
                            dept_satisfaction_count = d.dept_satisfaction_count + excluded.dept_satisfaction_count,
                            dept_satisfaction_points = d.dept_satisfaction_points + excluded.dept_satisfaction_points""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace(TABLE)
                .setParameter("day", LocalDate.ofInstant(at, calendar.zone()))
                .setParameter("type", e.processType())
                .setParameter("node", e.nodeKey())
                .setParameter("department", e.responsibleDepartment() == null ? "-" : e.responsibleDepartment())
                .setParameter("completed", completed ? 1 : 0)
                .setParameter("onTime", completed && Boolean.TRUE.equals(e.onTime()) ? 1 : 0)
                .setParameter("late", completed && Boolean.FALSE.equals(e.onTime()) ? 1 : 0)
                .setParameter("returned", e.newState() == NodeState.RETURNED ? 1 : 0)
                .setParameter("skipped", e.newState() == NodeState.SKIPPED ? 1 : 0)
                .setParameter("withOutputs", requiresOutputs ? 1 : 0)
                .setParameter("outputsComplete", requiresOutputs && outputsComplete(e) ? 1 : 0)
                .setParameter("satCount", satisfaction == null ? 0 : 1)
                .setParameter("satPoints", satisfaction == null ? 0 : satisfaction)
                .setParameter("deptCount", departmentSatisfaction.size())
                .setParameter("deptPoints", departmentSatisfaction.stream().mapToLong(Integer::longValue).sum())
                .executeUpdate();
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
        entityManager.createNativeQuery("""
                        with daily as (
                            insert into supervision_duration as h (day, process_type, node_key, department, kind, bucket,
                                count, on_time)
                            values (:day, :type, :node, :department, :kind, supervision_duration_bucket(:seconds), 1, :onTime)
                            on conflict (day, process_type, node_key, department, kind, bucket) do update set
                                count = h.count + 1, on_time = h.on_time + excluded.on_time)
                        insert into supervision_duration_monthly as m (month, process_type, node_key, department, kind,
                            bucket, count, on_time)
                        values (:month, :type, :node, :department, :kind,
                            supervision_duration_bucket(:seconds), 1, :onTime)
                        on conflict (month, process_type, node_key, department, kind, bucket) do update set
                            count = m.count + 1, on_time = m.on_time + excluded.on_time""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace(DURATIONS).addSynchronizedQuerySpace(MONTHLY_DURATIONS)
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
        entityManager.createNativeQuery("""
                        insert into supervision_daily as d (day, process_type, node_key, department,
                            dept_satisfaction_count, dept_satisfaction_points)
                        values (:day, :type, :node, :department, 1, :score)
                        on conflict (day, process_type, node_key, department) do update set
                            dept_satisfaction_count = d.dept_satisfaction_count + 1,
                            dept_satisfaction_points = d.dept_satisfaction_points + excluded.dept_satisfaction_points""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace(TABLE)
                .setParameter("day", day)
                .setParameter("type", processType)
                .setParameter("node", DEPARTMENT_RATING)
                .setParameter("department", ratedDepartment)
                .setParameter("score", score)
                .executeUpdate();
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
