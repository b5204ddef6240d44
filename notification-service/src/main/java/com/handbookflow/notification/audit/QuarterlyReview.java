package com.handbookflow.notification.audit;

import com.handbookflow.core.label.Texts;
import com.handbookflow.notification.supervision.GroupBy;
import com.handbookflow.notification.supervision.Metric;
import com.handbookflow.notification.supervision.MetricsRow;
import com.handbookflow.notification.supervision.Period;
import com.handbookflow.notification.supervision.SupervisionConfig;
import com.handbookflow.notification.supervision.SupervisionLedger;
import com.handbookflow.notification.supervision.SupervisionMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Assembles the quarterly review pack and its 《流程优化建议表》 from the supervision metrics, the violation register and the recorded suggestions. */
@ApplicationScoped
public class QuarterlyReview {

    private static final Texts TEXTS = Texts.of(QuarterlyReview.class);

    private static final int WORST_NODES = 5;
    /** Timeouts of one node that recur within a quarter: the form flags the node for a suggestion. */
    static final int RECURRING_TIMEOUTS = 2;
    private static final String WHOLE_SCENARIO = "*";

    private final SupervisionMetrics metrics;
    private final ViolationRegister violations;
    private final SupervisionConfig config;

    private final ProcessSuggestions suggestions;

    QuarterlyReview(SupervisionMetrics metrics, ViolationRegister violations, SupervisionConfig config,
                    ProcessSuggestions suggestions) {
        this.metrics = metrics;
        this.violations = violations;
        this.config = config;
        this.suggestions = suggestions;
    }

    /**
     * 《流程优化建议表》: per scenario and node the on-time rate, the timeouts (flagged when they recur)
     * and the violations of the quarter, with the suggestions recorded for it. Case-level findings
     * (audits name no node) and suggestions for a whole scenario are in its {@value #WHOLE_SCENARIO} row.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OptimisationForm optimisationForm(Period quarter) {
        Map<String, MetricsRow> nodes = new java.util.TreeMap<>();
        metrics.metrics(quarter, null, null, GroupBy.NODE).stream()
                .filter(r -> !SupervisionLedger.DEPARTMENT_RATING.equals(r.nodeKey()))
                .forEach(r -> nodes.put(r.scenario() + "|" + r.nodeKey(), r));
        Map<String, Long> violationCounts = violations.of(quarter.label(), null, null).stream()
                .collect(Collectors.groupingBy(v -> v.processType() + "|" + (v.nodeKey() == null ? WHOLE_SCENARIO : v.nodeKey()),
                        Collectors.counting()));
        Map<String, List<ProcessSuggestion>> recorded = suggestions.of(quarter.label()).stream()
                .collect(Collectors.groupingBy(s -> s.processType() + "|" + (s.nodeKey() == null ? WHOLE_SCENARIO : s.nodeKey())));
        java.util.Set<String> keys = new java.util.TreeSet<>(nodes.keySet());
        keys.addAll(violationCounts.keySet());
        keys.addAll(recorded.keySet());
        List<OptimisationForm.Row> rows = keys.stream().map(key -> {
            String[] parts = key.split("\\|", 2);
            MetricsRow row = nodes.get(key);
            long completed = row == null ? 0 : row.completed();
            long timeouts = row == null || row.timeoutRate() == null ? 0 : Math.round(row.timeoutRate() * completed);
            return new OptimisationForm.Row(parts[0], parts[1], completed,
                    row == null ? Metric.atLeast(null, config.targets().onTimeRate()) : row.onTimeRate(), timeouts,
                    row == null ? 0 : row.currentlyOverdue(), timeouts >= RECURRING_TIMEOUTS,
                    violationCounts.getOrDefault(key, 0L), recorded.getOrDefault(key, List.of()));
        }).toList();
        return new OptimisationForm(quarter.label(), TEXTS.zh("audit.optimisation-form.title"),
                TEXTS.en("audit.optimisation-form.title"), rows);
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
        return new ReviewPack(quarter.label(), quarter.from(), quarter.to(), departments, worst, open,
                optimisationForm(quarter));
    }
}
