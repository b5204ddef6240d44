package com.handbookflow.notification.supervision;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.notification.inbox.NoticeRecorded;
import com.handbookflow.notification.inbox.NoticesCommitted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The current month's measures per scenario as Prometheus gauges (refreshed from the aggregate, so a
 * scrape never queries the database), and a counter of notices told.
 */
@ApplicationScoped
public class SupervisionGauges {

    private final MeterRegistry registry;
    private final SupervisionMetrics metrics;
    private final SupervisionConfig config;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final AtomicReference<Map<String, MetricsRow>> current = new AtomicReference<>(Map.of());
    // Built once: a notice only names its tags (Micrometer finds the counter of those tags).
    private final Meter.MeterProvider<Counter> notifications;

    SupervisionGauges(MeterRegistry registry, SupervisionMetrics metrics, SupervisionConfig config,
                      WorkingDayCalendar calendar, Clock clock) {
        this.registry = registry;
        this.metrics = metrics;
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
        this.notifications = Counter.builder("handbook_notifications")
                .description("Notices told, by kind and level")
                .withRegistry(registry);
    }

    void register(@Observes StartupEvent event) {
        for (String scenario : config.scenarios()) {
            gauge("handbook_node_on_time_rate", "Node on-time completion rate this month (target >= 0.95)", scenario,
                    r -> value(r.onTimeRate().value()));
            gauge("handbook_node_timeout_rate", "Share of nodes completed late this month", scenario,
                    r -> value(r.timeoutRate()));
            gauge("handbook_nodes_overdue", "Open obligations past due now", scenario, r -> r.currentlyOverdue());
            gauge("handbook_customer_satisfaction_points", "Average customer satisfaction this month (target >= 90)",
                    scenario, r -> value(r.customerSatisfaction().value()));
            gauge("handbook_department_satisfaction_points", "Average department satisfaction this month (target >= 90)",
                    scenario, r -> value(r.departmentSatisfaction().value()));
            gauge("handbook_document_completeness", "Share of completions with all required outputs this month",
                    scenario, r -> value(r.documentCompleteness().value()));
        }
    }

    /** Recomputes the current month from the aggregate. */
    @Scheduled(every = "${notification.supervision.gauges-every:60s}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        Period month = Period.month(YearMonth.from(clock.instant().atZone(calendar.zone())));
        current.set(metrics.metrics(month, null, null, GroupBy.SCENARIO).stream()
                .collect(Collectors.toMap(MetricsRow::scenario, r -> r)));
    }

    void count(@Observes NoticesCommitted committed) {
        committed.recorded().forEach(this::count);
    }

    private void count(NoticeRecorded recorded) {
        notifications.withTags("kind", recorded.notice().kind().name(), "level", recorded.notice().level().name(),
                "scenario", recorded.notice().processType()).increment();
    }

    private void gauge(String name, String description, String scenario, ToDoubleFunction<MetricsRow> read) {
        Gauge.builder(name, current, snapshot -> {
                    MetricsRow row = snapshot.get().get(scenario);
                    return row == null ? Double.NaN : read.applyAsDouble(row);
                })
                .description(description)
                .tag("scenario", scenario)
                .register(registry);
    }

    private static double value(Double value) {
        return value == null ? Double.NaN : value;
    }
}
