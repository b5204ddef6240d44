package com.handbookflow.notification.supervision;

import com.handbookflow.core.sql.SqlRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the handbook's measures for a period from the daily aggregate (counts, satisfaction,
 * completeness), the open rows (currently overdue) and the daily duration histogram of done obligations
 * (node duration percentiles, on-time rate of every other kind and overall): what it reads grows with the
 * period's days and groups, not with the number of nodes.
 */
@ApplicationScoped
public class SupervisionMetrics {

    private final EntityManager entityManager;
    private final SupervisionConfig config;
    private final Clock clock;

    SupervisionMetrics(EntityManager entityManager, SupervisionConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MetricsRow> metrics(Period period, String scenario, String department, GroupBy groupBy) {
        Map<List<String>, Row> rows = new LinkedHashMap<>();
        Query daily = entityManager.createNativeQuery("select process_type, " + groupBy.dailyNode + " as node, "
                + groupBy.dailyDepartment + " as department, sum(completed) as completed, sum(on_time) as on_time,"
                + " sum(late) as late, sum(returned) as returned, sum(skipped) as skipped,"
                + " sum(with_required_outputs) as with_required_outputs, sum(outputs_complete) as outputs_complete,"
                + " sum(satisfaction_count) as satisfaction_count, sum(satisfaction_points) as satisfaction_points,"
                + " sum(dept_satisfaction_count) as dept_satisfaction_count,"
                + " sum(dept_satisfaction_points) as dept_satisfaction_points from supervision_daily"
                + " where day between :from and :to" + filters(scenario, department, "process_type", "department")
                + " group by 1, 2, 3 order by 1, 2, 3", Tuple.class)
                .setParameter("from", period.from()).setParameter("to", period.to());
        for (SqlRow r : results(daily, scenario, department)) {
            rows.computeIfAbsent(key(r), k -> new Row()).daily = Daily.of(r);
        }
        Query overdue = entityManager.createNativeQuery("select process_type, " + groupBy.obligationNode + " as node, "
                + groupBy.obligationDepartment + " as department, count(*) as overdue from obligation"
                + " where status = 'OPEN' and due_at <= :now"
                + filters(scenario, department, "process_type", "responsible_department") + " group by 1, 2, 3", Tuple.class)
                .setParameter("now", clock.instant());
        for (SqlRow r : results(overdue, scenario, department)) {
            rows.computeIfAbsent(key(r), k -> new Row()).overdue = r.count("overdue");
        }
        // Done obligations in buckets of how long they took (V14): node percentiles and the rates of other kinds.
        PeriodCover cover = PeriodCover.of(period);
        Query durations = entityManager.createNativeQuery("select process_type, " + groupBy.dailyNode + " as node, "
                + groupBy.dailyDepartment + " as department, kind, bucket,"
                + " supervision_duration_bucket_start(bucket) as bucket_start,"
                + " supervision_duration_bucket_start(bucket + 1) as bucket_end,"
                + " sum(count) as done, sum(on_time) as on_time from ("
                + buckets("", "supervision_duration_monthly where month between :firstMonth and :lastMonth")
                + " union all " + buckets("", "supervision_duration where day between :headAddedFrom and :headAddedTo")
                + " union all " + buckets("-", "supervision_duration where day between :headSubtractedFrom and :headSubtractedTo")
                + " union all " + buckets("", "supervision_duration where day between :tailAddedFrom and :tailAddedTo")
                + " union all " + buckets("-", "supervision_duration where day between :tailSubtractedFrom and :tailSubtractedTo")
                + ") h where true" + (groupBy == GroupBy.NODE ? " and kind = 'NODE'" : "")
                + filters(scenario, department, "process_type", "department")
                + " group by 1, 2, 3, 4, 5 having sum(count) <> 0 order by 4, 5", Tuple.class)
                .setParameter("firstMonth", cover.firstMonth()).setParameter("lastMonth", cover.lastMonth());
        days(durations, "headAdded", cover.headAdded());
        days(durations, "headSubtracted", cover.headSubtracted());
        days(durations, "tailAdded", cover.tailAdded());
        days(durations, "tailSubtracted", cover.tailSubtracted());
        for (SqlRow r : results(durations, scenario, department)) {
            Row row = rows.computeIfAbsent(key(r), k -> new Row());
            String kind = r.string("kind");
            if (TrackedKind.NODE.name().equals(kind)) {
                row.durations.add(r.decimal("bucket_start"), r.decimal("bucket_end"), r.count("done"));
            } else {
                // Node rows are about the node; every other kind is counted where it is owed: scenario or department.
                long[] rate = row.kinds.computeIfAbsent(kind, k -> new long[2]);
                rate[0] += r.count("done");
                rate[1] += r.count("on_time");
            }
        }
        List<MetricsRow> result = new ArrayList<>();
        rows.forEach((key, row) -> result.add(row.toView(key, config.targets())));
        return result;
    }

    /** The buckets of a part of the period, counted with a sign ("" or "-"). */
    private static String buckets(String sign, String rows) {
        return "select process_type, node_key, department, kind, bucket, " + sign + "count as count, "
                + sign + "on_time as on_time from " + rows;
    }

    private static void days(Query query, String name, PeriodCover.Days days) {
        query.setParameter(name + "From", days.from()).setParameter(name + "To", days.to());
    }

    private static String filters(String scenario, String department, String scenarioColumn, String departmentColumn) {
        return (scenario != null ? " and " + scenarioColumn + " = :scenario" : "")
                + (department != null ? " and " + departmentColumn + " = :department" : "");
    }

    private static List<SqlRow> results(Query query, String scenario, String department) {
        if (scenario != null) {
            query.setParameter("scenario", scenario);
        }
        if (department != null) {
            query.setParameter("department", department);
        }
        return SqlRow.list(query);
    }

    private static List<String> key(SqlRow r) {
        return List.of(String.valueOf(r.value("process_type")), String.valueOf(r.value("node")),
                String.valueOf(r.value("department")));
    }

    private static Double hours(Double seconds) {
        return seconds == null ? null : Math.round(seconds / 36.0) / 100.0;
    }

    /** The sums of one row of the daily aggregate. */
    private record Daily(long completed, long onTime, long late, long returned, long skipped, long withRequiredOutputs,
                         long outputsComplete, long satisfactionCount, long satisfactionPoints,
                         long deptSatisfactionCount, long deptSatisfactionPoints) {

        static final Daily NONE = new Daily(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        static Daily of(SqlRow r) {
            return new Daily(r.count("completed"), r.count("on_time"), r.count("late"), r.count("returned"),
                    r.count("skipped"), r.count("with_required_outputs"), r.count("outputs_complete"),
                    r.count("satisfaction_count"), r.count("satisfaction_points"), r.count("dept_satisfaction_count"),
                    r.count("dept_satisfaction_points"));
        }
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** Accumulates one row's sources. */
    private static final class Row {
        Daily daily = Daily.NONE;
        /** Per obligation kind other than NODE: done, done on time. */
        final Map<String, long[]> kinds = new LinkedHashMap<>();
        long overdue;
        final DurationHistogram durations = new DurationHistogram();

        MetricsRow toView(List<String> key, SupervisionConfig.Targets targets) {
            long completed = daily.completed();
            List<KindRate> byKind = new ArrayList<>();
            long done = completed;
            long onTime = daily.onTime();
            if (completed > 0) {
                byKind.add(kindRate(TrackedKind.NODE.name(), completed, daily.onTime(), targets));
            }
            for (Map.Entry<String, long[]> kind : kinds.entrySet()) {
                byKind.add(kindRate(kind.getKey(), kind.getValue()[0], kind.getValue()[1], targets));
                done += kind.getValue()[0];
                onTime += kind.getValue()[1];
            }
            return new MetricsRow(key.get(0), key.get(1), key.get(2), completed, daily.returned(), daily.skipped(),
                    Metric.atLeast(ratio(daily.onTime(), completed), targets.onTimeRate()),
                    Metric.atLeast(ratio(onTime, done), targets.onTimeRate()), byKind,
                    ratio(daily.late(), completed), overdue,
                    hours(durations.percentile(0.5)), hours(durations.percentile(0.9)),
                    Metric.atLeast(ratio(daily.satisfactionPoints(), daily.satisfactionCount()), targets.satisfaction()),
                    Metric.atLeast(ratio(daily.deptSatisfactionPoints(), daily.deptSatisfactionCount()), targets.satisfaction()),
                    Metric.atLeast(ratio(daily.outputsComplete(), daily.withRequiredOutputs()), targets.documentCompleteness()));
        }

        private static KindRate kindRate(String kind, long done, long onTime, SupervisionConfig.Targets targets) {
            return new KindRate(TrackedKind.label(kind), done, onTime, Metric.atLeast(ratio(onTime, done), targets.onTimeRate()));
        }
    }
}
