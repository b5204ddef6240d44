package com.handbookflow.notification.supervision;

import java.util.ArrayList;
import java.util.List;

/**
 * How many durations fell into each bucket of {@code supervision_duration} (V14), added in bucket order;
 * answers percentiles as {@code percentile_cont} would over the durations themselves, each duration
 * taken as spread evenly over its bucket. A bucket spans 5% (of its start + 1 s), and every estimated
 * duration stays in its true one's bucket, so a percentile is off by less than 5% of (the exact one + 1 s).
 */
final class DurationHistogram {

    private record Bucket(double start, double end, long count) {
    }

    private final List<Bucket> buckets = new ArrayList<>();
    private long total;

    /** Adds a bucket [start, end) seconds holding {@code count} durations; buckets come in ascending order. */
    void add(double start, double end, long count) {
        if (count > 0) {
            buckets.add(new Bucket(start, end, count));
            total += count;
        }
    }

    /** The p-quantile (0..1) in seconds, interpolated between neighbouring durations; null without any. */
    Double percentile(double p) {
        if (total == 0) {
            return null;
        }
        double rank = p * (total - 1);
        long below = (long) Math.floor(rank);
        double lower = nth(below);
        double fraction = rank - below;
        return fraction == 0 ? lower : lower + fraction * (nth(below + 1) - lower);
    }

    /** The n-th duration (from 0) as if a bucket's durations sat at the middles of equal slices of it. */
    private double nth(long n) {
        long before = 0;
        for (Bucket b : buckets) {
            if (n < before + b.count) {
                return b.start + (n - before + 0.5) / b.count * (b.end - b.start);
            }
            before += b.count;
        }
        throw new IllegalArgumentException("only " + total + " durations");
    }
}
