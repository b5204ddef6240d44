package com.handbookflow.notification.audit;

import com.handbookflow.core.department.Departments;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The violation register of the current quarter as a Prometheus gauge per department,
 * {@code handbook_violations_this_quarter{department}} (target: at most 2), so an alert fires when a
 * department passes the handbook's limit (deploy/prometheus/alerts.yml). Recomputed on the supervision
 * gauges' schedule; a scrape never queries the database.
 */
@ApplicationScoped
public class ViolationGauges {

    private final MeterRegistry registry;
    private final ViolationRegister register;
    private final Departments departments;
    private final Clock clock;
    private final AtomicReference<Map<String, Long>> current = new AtomicReference<>(Map.of());

    ViolationGauges(MeterRegistry registry, ViolationRegister register, Departments departments, Clock clock) {
        this.registry = registry;
        this.register = register;
        this.departments = departments;
        this.clock = clock;
    }

    void register(@Observes StartupEvent event) {
        for (String department : departments.codes()) {
            Gauge.builder("handbook_violations_this_quarter", current, c -> c.get().getOrDefault(department, 0L))
                    .description("Violations registered against the department this quarter (target <= 2)")
                    .tag("department", department)
                    .register(registry);
        }
    }

    @Scheduled(every = "${notification.supervision.gauges-every:60s}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        current.set(Map.copyOf(register.countByDepartment(register.quarterOf(clock.instant()))));
    }
}
