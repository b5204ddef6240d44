package com.handbookflow.notification.audit;

import com.handbookflow.notification.supervision.GroupBy;
import com.handbookflow.notification.supervision.Metric;
import com.handbookflow.notification.supervision.MetricsRow;
import com.handbookflow.notification.supervision.Period;
import com.handbookflow.notification.supervision.SupervisionConfig;
import com.handbookflow.notification.supervision.SupervisionMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Assembles the quarterly review pack from the supervision metrics and the violation register. */
@ApplicationScoped
public class QuarterlyReview {

    private static final int WORST_NODES = 5;

    private final SupervisionMetrics metrics;
    private final ViolationRegister violations;
    private final SupervisionConfig config;

    QuarterlyReview(SupervisionMetrics metrics, ViolationRegister violations, SupervisionConfig config) {
        this.metrics = metrics;
        this.violations = violations;
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewPack of(Period quarter) {
        List<Violation> ofQuarter = violations.of(quarter.label(), null, null);
        Map<String, Long> violationCounts = ofQuarter.stream()
                .collect(Collectors.groupingBy(v -> v.processType() + "|" + (v.department() == null ? "-" : v.department()),
                        Collectors.counting()));
        List<ReviewPack.DepartmentReview> departments = new ArrayList<>();
        Map<String, MetricsRow> rows = metrics.metrics(quarter, null, null, GroupBy.DEPARTMENT).stream()
                .collect(Collectors.toMap(r -> r.scenario() + "|" + r.department(), Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        violationCounts.keySet().forEach(key -> rows.putIfAbsent(key, null));
        rows.forEach((key, row) -> {
            String[] parts = key.split("\\|", 2);
            double count = violationCounts.getOrDefault(key, 0L);
            departments.add(new ReviewPack.DepartmentReview(parts[0], parts[1], row == null ? 0 : row.completed(),
                    row == null ? Metric.atLeast(null, config.targets().onTimeRate()) : row.onTimeRate(),
                    row == null ? Metric.atLeast(null, config.targets().satisfaction()) : row.customerSatisfaction(),
                    row == null ? Metric.atLeast(null, config.targets().satisfaction()) : row.departmentSatisfaction(),
                    Metric.atMost(count, config.targets().violationsPerQuarter())));
        });
        List<MetricsRow> worst = metrics.metrics(quarter, null, null, GroupBy.NODE).stream()
                .filter(r -> r.onTimeRate().value() != null)
                .sorted(Comparator.comparing((MetricsRow r) -> r.onTimeRate().value())
                        .thenComparing(r -> r.durationP90Hours() == null ? 0 : -r.durationP90Hours()))
                .limit(WORST_NODES)
                .toList();
        List<ViolationView> open = ofQuarter.stream().filter(v -> v.status() == ViolationStatus.OPEN)
                .map(ViolationView::of).toList();
        return new ReviewPack(quarter.label(), quarter.from(), quarter.to(), departments, worst, open);
    }
}
