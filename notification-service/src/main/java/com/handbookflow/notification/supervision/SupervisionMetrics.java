package com.handbookflow.notification.supervision;

import com.handbookflow.core.sql.SqlRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Computes the handbook's measures for a period from the counts (completions, satisfaction, completeness),
 * the open rows (currently overdue) and the duration histogram of done obligations (node duration
 * percentiles, on-time rate of every other kind and overall), both kept per day and per month and read as
 * whole months plus or minus days (PeriodCover): what it reads grows with the period's months and groups,
 * not with the number of nodes (a year over 10 million nodes: about 800 rows of each).
 */
@ApplicationScoped
public class SupervisionMetrics {

    /** Bucket 511 starts at 1.05^511 - 1 seconds, about 2,000 years. */
    private static final int BUCKETS_READ = 511;

    private final EntityManager entityManager;
    private final SupervisionConfig config;
    private final Clock clock;
    /** supervision_duration_bucket_start(b) at index b, as far as read. */
    private volatile double[] bucketStarts = new double[0];

    SupervisionMetrics(EntityManager entityManager, SupervisionConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MetricsRow> metrics(Period period, String scenario, String department, GroupBy groupBy) {
        PeriodCover cover = PeriodCover.of(period);
        Map<List<String>, Row> rows = new LinkedHashMap<>();
        // A group is in the period when one of its counters is: a month less some days may net to nothing.
        Query counts = cover.bind(entityManager.createNativeQuery("select process_type, " + groupBy.dailyNode + " as node, "
                + groupBy.dailyDepartment + " as department, "
                + Counts.COLUMNS.stream().map(c -> "sum(sign * " + c + ") as " + c).collect(Collectors.joining(", "))
                + " from (" + PeriodCover.rows("supervision_monthly", "supervision_daily",
                        "process_type, node_key, department, " + String.join(", ", Counts.COLUMNS))
                + ") d where true" + filters(scenario, department, "process_type", "department") + " group by 1, 2, 3 having "
                + Counts.COLUMNS.stream().map(c -> "sum(sign * " + c + ") <> 0").collect(Collectors.joining(" or "))
                + " order by 1, 2, 3", Tuple.class));
        for (SqlRow r : results(counts, scenario, department)) {
            rows.computeIfAbsent(key(r), k -> new Row()).counts = Counts.of(r);
        }
        Query overdue = entityManager.createNativeQuery("select process_type, " + groupBy.obligationNode + " as node, "
                + groupBy.obligationDepartment + " as department, count(*) as overdue from obligation"
                + " where status = 'OPEN' and due_at <= :now"
                + filters(scenario, department, "process_type", "responsible_department") + " group by 1, 2, 3", Tuple.class)
                .setParameter("now", clock.instant());
        for (SqlRow r : results(overdue, scenario, department)) {
            rows.computeIfAbsent(key(r), k -> new Row()).overdue = r.count("overdue");
        }
        // Done obligations in buckets of how long they took (V14, V15): node percentiles and the rates of other
        // kinds. Groups first seen here come in the order of their first bucket by kind, as they did when the
        // statement summed bucket by bucket.
        List<Tally> tallies = durations(cover, scenario, department, groupBy);
        double[] starts = bucketStarts(tallies);
        for (Tally tally : tallies) {
            Row row = rows.computeIfAbsent(tally.group, k -> new Row());
            if (TrackedKind.NODE.name().equals(tally.kind)) {
                for (int b = tally.firstBucket(); b < tally.counts.length; b++) {
                    row.durations.add(starts[b], starts[b + 1], tally.counts[b]);
                }
            } else {
                // Node rows are about the node; every other kind is counted where it is owed: scenario or department.
                row.kinds.put(tally.kind, new long[] {tally.done(), tally.onTime});
            }
        }
        List<MetricsRow> result = new ArrayList<>();
        rows.forEach((key, row) -> result.add(row.toView(key, config.targets())));
        return result;
    }

    /** The period's histogram of each group and kind that has any duration, by kind, first bucket and group. */
    private List<Tally> durations(PeriodCover cover, String scenario, String department, GroupBy groupBy) {
        Query durations = cover.bind(entityManager.createNativeQuery("select sign, process_type, " + groupBy.dailyNode
                + " as node, " + groupBy.dailyDepartment + " as department, kind,"
                // as the bytes of PostgreSQL's binary array format, not as an int[]: the driver and Hibernate
                // box every bucket of every row into an Integer (a year: 770 rows of 250 buckets), which took
                // most of a request's CPU; as text, int4out of every bucket costs the database twice array_send
                + " array_send(counts) as counts, on_time from ("
                + PeriodCover.rows("supervision_duration_monthly", "supervision_duration",
                        "process_type, node_key, department, kind, counts, on_time")
                + ") h where true" + (groupBy == GroupBy.NODE ? " and kind = 'NODE'" : "")
                + filters(scenario, department, "process_type", "department"), Tuple.class));
        Map<List<String>, Tally> tallies = new HashMap<>();
        for (SqlRow r : results(durations, scenario, department)) {
            List<String> group = key(r);
            String kind = r.string("kind");
            tallies.computeIfAbsent(List.of(group.get(0), group.get(1), group.get(2), kind), k -> new Tally(group, kind))
                    .add(r.count("sign"), (byte[]) r.value("counts"), r.count("on_time"));
        }
        return tallies.values().stream().filter(t -> t.firstBucket() >= 0)
                .sorted(Comparator.comparing((Tally t) -> t.kind).thenComparingInt(Tally::firstBucket)
                        .thenComparing(t -> t.group.get(0)).thenComparing(t -> t.group.get(1))
                        .thenComparing(t -> t.group.get(2)))
                .toList();
    }

    /**
     * Where each bucket counted starts (and where the last one ends), in seconds: the database's own
     * function, so the bounds are the ones the buckets were counted with, to the last bit. It is immutable,
     * so its values are read once (up to a bucket of centuries) and not on every request.
     */
    private double[] bucketStarts(List<Tally> tallies) {
        int buckets = tallies.stream().mapToInt(t -> t.counts.length).max().orElse(0);
        double[] starts = bucketStarts;
        if (starts.length <= buckets) {
            int last = Math.max(buckets, BUCKETS_READ);
            double[] read = new double[last + 1];
            Query query = entityManager.createNativeQuery("select b as bucket, supervision_duration_bucket_start(b) as start"
                    + " from generate_series(0, :last) b", Tuple.class).setParameter("last", last);
            for (SqlRow r : SqlRow.list(query)) {
                read[r.integer("bucket")] = r.decimal("start");
            }
            bucketStarts = starts = read;
        }
        return starts;
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

    /** One group's durations of one kind in the period: its rows' counts by bucket, added or subtracted. */
    private static final class Tally {
        final List<String> group;
        final String kind;
        long[] counts = new long[0];
        long onTime;

        Tally(List<String> group, String kind) {
            this.group = group;
            this.kind = kind;
        }

        /**
         * Adds a row's counts times {@code sign}, given as {@code array_send(counts)} writes them (the binary
         * format drivers read arrays in): the number of dimensions, a has-nulls flag and the element type,
         * then each dimension's length and lower bound, then each element as its length in bytes (-1 for a
         * null) and its value, every number a big-endian int. Read from the bytes directly: the service runs
         * C1-compiled code, in which an object or a call per bucket costs more than the database's work.
         */
        void add(long sign, byte[] rowCounts, long rowOnTime) {
            int dimensions = intAt(rowCounts, 0);
            int buckets = dimensions == 0 ? 0 : intAt(rowCounts, 12);
            if (dimensions > 1) {
                throw new IllegalStateException("histogram counts of " + dimensions + " dimensions");
            }
            if (buckets > counts.length) {
                counts = Arrays.copyOf(counts, buckets);
            }
            int at = 12 + 8 * dimensions;
            for (int b = 0; b < buckets; b++) {
                // most buckets are null (length -1): one byte tells, and C1 does not inline intAt
                if (rowCounts[at] < 0) {
                    at += 4;
                    continue;
                }
                int length = intAt(rowCounts, at);
                if (length != Integer.BYTES) {
                    throw new IllegalStateException("a histogram count of " + length + " bytes");
                }
                counts[b] += sign * intAt(rowCounts, at + 4);
                at += 8;
            }
            onTime += sign * rowOnTime;
        }

        private static int intAt(byte[] bytes, int at) {
            return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
        }

        /** The first bucket holding any duration; -1 when none does. */
        int firstBucket() {
            for (int b = 0; b < counts.length; b++) {
                if (counts[b] != 0) {
                    return b;
                }
            }
            return -1;
        }

        long done() {
            return Arrays.stream(counts).sum();
        }
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** Accumulates one row's sources. */
    private static final class Row {
        Counts counts = Counts.NONE;
        /** Per obligation kind other than NODE: done, done on time. */
        final Map<String, long[]> kinds = new LinkedHashMap<>();
        long overdue;
        final DurationHistogram durations = new DurationHistogram();

        MetricsRow toView(List<String> key, SupervisionConfig.Targets targets) {
            long completed = counts.completed();
            List<KindRate> byKind = new ArrayList<>();
            long done = completed;
            long onTime = counts.onTime();
            if (completed > 0) {
                byKind.add(kindRate(TrackedKind.NODE.name(), completed, counts.onTime(), targets));
            }
            for (Map.Entry<String, long[]> kind : kinds.entrySet()) {
                byKind.add(kindRate(kind.getKey(), kind.getValue()[0], kind.getValue()[1], targets));
                done += kind.getValue()[0];
                onTime += kind.getValue()[1];
            }
            return new MetricsRow(key.get(0), key.get(1), key.get(2), completed, counts.returned(), counts.skipped(),
                    Metric.atLeast(ratio(counts.onTime(), completed), targets.onTimeRate()),
                    Metric.atLeast(ratio(onTime, done), targets.onTimeRate()), byKind,
                    ratio(counts.late(), completed), overdue,
                    hours(durations.percentile(0.5)), hours(durations.percentile(0.9)),
                    Metric.atLeast(ratio(counts.satisfactionPoints(), counts.satisfactionCount()), targets.satisfaction()),
                    Metric.atLeast(ratio(counts.deptSatisfactionPoints(), counts.deptSatisfactionCount()), targets.satisfaction()),
                    Metric.atLeast(ratio(counts.outputsComplete(), counts.withRequiredOutputs()), targets.documentCompleteness()));
        }

        private static KindRate kindRate(String kind, long done, long onTime, SupervisionConfig.Targets targets) {
            return new KindRate(TrackedKind.label(kind), done, onTime, Metric.atLeast(ratio(onTime, done), targets.onTimeRate()));
        }
    }
}
