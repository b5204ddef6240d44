package com.handbookflow.notification.digest;

import com.handbookflow.notification.inbox.NoticeRecorded;
import com.handbookflow.notification.inbox.NoticesCommitted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What the noise looks like, per department (never per person: the label set stays small and nobody is
 * watched): notices per department (rate over an hour in Prometheus), how they went out (at once, into a
 * digest, held over quiet hours) and how big the digests are.
 * <ul>
 *   <li>{@code handbook_notices_total{department,route}}: notices told; {@code rate(...[1h]) * 3600} is per hour</li>
 *   <li>{@code handbook_notices_held_total{department}}: notices held over quiet hours</li>
 *   <li>{@code handbook_digest_items{purpose}}: items per digest sent (count, sum, max)</li>
 * </ul>
 */
@ApplicationScoped
public class DeliveryMetrics {

    private final MeterRegistry registry;
    // Built once: a notice only names its tags (Micrometer finds the counter of those tags).
    private final Meter.MeterProvider<Counter> notices;
    private final Meter.MeterProvider<Counter> held;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.notices = Counter.builder("handbook_notices")
                .description("Notices told, per department and how they went out (AT_ONCE, DIGEST, QUIET_HOURS)")
                .withRegistry(registry);
        this.held = Counter.builder("handbook_notices_held")
                .description("Notices held over quiet hours, per department")
                .withRegistry(registry);
    }

    /** Counted once their transaction has committed: a notice rolled back was never told. */
    void told(@Observes NoticesCommitted committed) {
        committed.recorded().forEach(this::told);
    }

    private void told(NoticeRecorded recorded) {
        String department = department(recorded.notice().recipientDepartment());
        String route = recorded.route().atOnce() || recorded.digestId() == null ? "AT_ONCE" : recorded.route().purpose().name();
        notices.withTags("department", department, "route", route).increment();
        if ("QUIET_HOURS".equals(route)) {
            held.withTags("department", department).increment();
        }
    }

    /** Counted in the flushing transaction; a rolled back flush counts again when retried (a gauge of sizes, not a ledger). */
    void digestSent(NoticeDigest digest, int items) {
        DistributionSummary.builder("handbook_digest_items")
                .description("Items per digest sent")
                .tag("purpose", digest.purpose().name())
                .register(registry).record(items);
    }

    private static String department(String code) {
        return code == null ? "-" : code;
    }
}
