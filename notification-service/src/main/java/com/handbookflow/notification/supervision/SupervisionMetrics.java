package com.handbookflow.notification.supervision;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the handbook's measures for a period from the daily aggregate (counts, satisfaction,
 * completeness), the open rows (currently overdue), the period's closed nodes (duration percentiles)
 * and the period's fulfilled obligations of every other kind (on-time rate by kind and overall).
 */
@ApplicationScoped
public class SupervisionMetrics {

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;
    private final SupervisionConfig config;
    private final Clock clock;

    SupervisionMetrics(EntityManager entityManager, WorkingDayCalendar calendar, SupervisionConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MetricsRow> metrics(Period period, String scenario, String department, GroupBy groupBy) {
        Map<List<String>, Row> rows = new LinkedHashMap<>();
        Query daily = entityManager.createNativeQuery("select process_type, " + groupBy.dailyNode + ", "
                + groupBy.dailyDepartment + ", sum(completed), sum(on_time), sum(late), sum(returned), sum(skipped),"
                + " sum(with_required_outputs), sum(outputs_complete), sum(satisfaction_count), sum(satisfaction_points),"
                + " sum(dept_satisfaction_count), sum(dept_satisfaction_points) from supervision_daily"
                + " where day between :from and :to" + filters(scenario, department, "process_type", "department")
                + " group by 1, 2, 3 order by 1, 2, 3")
                .setParameter("from", period.from()).setParameter("to", period.to());
        for (Object[] r : results(daily, scenario, department)) {
            Row row = rows.computeIfAbsent(key(r), k -> new Row());
            for (int i = 0; i < row.counts.length; i++) {
                row.counts[i] = ((Number) r[3 + i]).longValue();
            }
        }
        Query overdue = entityManager.createNativeQuery("select process_type, " + groupBy.obligationNode + ", "
                + groupBy.obligationDepartment + ", count(*) from obligation where status = 'OPEN' and due_at <= :now"
                + filters(scenario, department, "process_type", "responsible_department") + " group by 1, 2, 3")
                .setParameter("now", clock.instant());
        for (Object[] r : results(overdue, scenario, department)) {
            rows.computeIfAbsent(key(r), k -> new Row()).overdue = ((Number) r[3]).longValue();
        }
        Query durations = entityManager.createNativeQuery("select process_type, " + groupBy.obligationNode + ", "
                + groupBy.obligationDepartment + ", percentile_cont(0.5) within group (order by extract(epoch from closed_at - started_at)),"
                + " percentile_cont(0.9) within group (order by extract(epoch from closed_at - started_at))"
                + " from obligation where status = 'CLOSED' and closed_as = 'COMPLETED' and kind = 'NODE'"
                + " and closed_at >= :start and closed_at < :end"
                + filters(scenario, department, "process_type", "responsible_department") + " group by 1, 2, 3")
                .setParameter("start", period.start(calendar.zone())).setParameter("end", period.end(calendar.zone()));
        for (Object[] r : results(durations, scenario, department)) {
            Row row = rows.computeIfAbsent(key(r), k -> new Row());
            row.p50 = hours(r[3]);
            row.p90 = hours(r[4]);
        }
        if (groupBy != GroupBy.NODE) {
            // Node rows are about the node; every other kind is counted where it is owed: scenario or department.
            Query obligations = entityManager.createNativeQuery("select process_type, " + groupBy.obligationNode + ", "
                    + groupBy.obligationDepartment + ", kind, count(*), count(*) filter (where on_time)"
                    + " from obligation where status = 'CLOSED' and closed_as in ('COMPLETED', 'FULFILLED') and kind <> 'NODE'"
                    + " and closed_at >= :start and closed_at < :end"
                    + filters(scenario, department, "process_type", "responsible_department") + " group by 1, 2, 3, 4 order by 4")
                    .setParameter("start", period.start(calendar.zone())).setParameter("end", period.end(calendar.zone()));
            for (Object[] r : results(obligations, scenario, department)) {
                rows.computeIfAbsent(key(r), k -> new Row()).kinds.put((String) r[3],
                        new long[] {((Number) r[4]).longValue(), ((Number) r[5]).longValue()});
            }
        }
        List<MetricsRow> result = new ArrayList<>();
        rows.forEach((key, row) -> result.add(row.toView(key, config.targets())));
        return result;
    }

    private static String filters(String scenario, String department, String scenarioColumn, String departmentColumn) {
        return (scenario != null ? " and " + scenarioColumn + " = :scenario" : "")
                + (department != null ? " and " + departmentColumn + " = :department" : "");
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> results(Query query, String scenario, String department) {
        if (scenario != null) {
            query.setParameter("scenario", scenario);
        }
        if (department != null) {
            query.setParameter("department", department);
        }
        return query.getResultList();
    }

    private static List<String> key(Object[] r) {
        return List.of(String.valueOf(r[0]), String.valueOf(r[1]), String.valueOf(r[2]));
    }

    private static Double hours(Object seconds) {
        return seconds == null ? null : Math.round(((Number) seconds).doubleValue() / 36.0) / 100.0;
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** Accumulates one row's sources; counts in the order of the daily query's sums. */
    private static final class Row {
        final long[] counts = new long[11];
        /** Per obligation kind other than NODE: done, done on time. */
        final Map<String, long[]> kinds = new LinkedHashMap<>();
        long overdue;
        Double p50;
        Double p90;

        MetricsRow toView(List<String> key, SupervisionConfig.Targets targets) {
            long completed = counts[0];
            List<KindRate> byKind = new ArrayList<>();
            long done = completed;
            long onTime = counts[1];
            if (completed > 0) {
                byKind.add(kindRate(TrackedKind.NODE.name(), completed, counts[1], targets));
            }
            for (Map.Entry<String, long[]> kind : kinds.entrySet()) {
                byKind.add(kindRate(kind.getKey(), kind.getValue()[0], kind.getValue()[1], targets));
                done += kind.getValue()[0];
                onTime += kind.getValue()[1];
            }
            return new MetricsRow(key.get(0), key.get(1), key.get(2), completed, counts[3], counts[4],
                    Metric.atLeast(ratio(counts[1], completed), targets.onTimeRate()),
                    Metric.atLeast(ratio(onTime, done), targets.onTimeRate()), byKind,
                    ratio(counts[2], completed), overdue, p50, p90,
                    Metric.atLeast(counts[7] == 0 ? null : (double) counts[8] / counts[7], targets.satisfaction()),
                    Metric.atLeast(counts[9] == 0 ? null : (double) counts[10] / counts[9], targets.satisfaction()),
                    Metric.atLeast(ratio(counts[6], counts[5]), targets.documentCompleteness()));
        }

        private static KindRate kindRate(String kind, long done, long onTime, SupervisionConfig.Targets targets) {
            return new KindRate(TrackedKind.label(kind), done, onTime, Metric.atLeast(ratio(onTime, done), targets.onTimeRate()));
        }
    }
}
