package com.handbookflow.complaint.review;

import com.handbookflow.complaint.config.ComplaintConfig;
import com.handbookflow.complaint.domain.Channel;
import com.handbookflow.complaint.domain.Grade;
import com.handbookflow.complaint.domain.MeasureState;
import com.handbookflow.complaint.domain.ProblemType;
import com.handbookflow.complaint.domain.Satisfaction;
import com.handbookflow.complaint.service.ComplaintProcess;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.definition.NodeDefinition;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.label.Labeled;
import com.handbookflow.core.obligation.CalendarCadence;
import com.handbookflow.core.label.LabeledValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the monthly review with SQL group-by queries: the database counts, this class only orders
 * the few grouped rows (Pareto) and turns counts into shares. No complaint is loaded.
 */
@ApplicationScoped
public class ReviewService {

    static final LabeledValue UNGRADED = new LabeledValue("UNGRADED", "未分级", "Not graded yet");
    static final String UNASSIGNED = "unassigned";
    private static final int MAX_MEASURES_LISTED = 200;

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;
    private final ComplaintConfig config;
    private final ProcessDefinitions definitions;
    private final Clock clock;

    /**
     * The review of month M is due by the end of the working day of the 5th (configurable) of M+1,
     * or of the next working day when that day is off (the review of September: October 8).
     */
    public Instant dueBy(YearMonth month) {
        return CalendarCadence.monthlyBy(config.review().dueDayOfMonth()).dueBy(month, calendar);
    }

    ReviewService(EntityManager entityManager, WorkingDayCalendar calendar, ComplaintConfig config,
                  ProcessDefinitions definitions, Clock clock) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.config = config;
        this.definitions = definitions;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MonthlyReview review(YearMonth month) {
        ZoneId zone = calendar.zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();

        List<Object[]> byType = grouped("select problem_type, count(*) from complaint "
                + "where received_at >= :from and received_at < :to group by problem_type", from, to);
        long received = byType.stream().mapToLong(r -> count(r[1])).sum();
        List<Object[]> causes = grouped("select problem_type, root_cause_category, coalesce(root_cause_detail, ''), "
                + "count(*) from complaint where closed_at >= :from and closed_at < :to "
                + "group by problem_type, root_cause_category, coalesce(root_cause_detail, '')", from, to);
        long closed = causes.stream().mapToLong(r -> count(r[3])).sum();

        return new MonthlyReview(month.toString(), from, to,
                dueBy(month),
                !now.isBefore(to), received, closed,
                counts(byType, received, code -> LabeledValue.of(ProblemType.valueOf(code))),
                counts(grouped("select coalesce(grade, 'UNGRADED'), count(*) from complaint "
                                + "where received_at >= :from and received_at < :to group by 1", from, to), received,
                        code -> code.equals(UNGRADED.code()) ? UNGRADED : LabeledValue.of(Grade.valueOf(code))),
                counts(grouped("select channel, count(*) from complaint "
                                + "where received_at >= :from and received_at < :to group by channel", from, to), received,
                        code -> LabeledValue.of(Channel.valueOf(code))),
                counts(grouped("select coalesce(department, '" + UNASSIGNED + "'), count(*) from complaint "
                                + "where received_at >= :from and received_at < :to group by 1", from, to), received,
                        code -> new LabeledValue(code, code, code)),
                onTimeByNode(from, to),
                satisfaction(from, to),
                pareto(causes, closed),
                causesByProblemType(causes),
                recurring(causes),
                measures(from, to, now));
    }

    private List<MonthlyReview.NodeOnTime> onTimeByNode(Instant from, Instant to) {
        Map<String, Object[]> rows = grouped("select n.node_key, count(*), count(*) filter (where n.on_time) "
                + "from node_instance n join process_instance p on p.id = n.process_instance_id "
                + "where p.process_type = '" + ComplaintProcess.TYPE + "' "
                + "and n.completed_at >= :from and n.completed_at < :to group by n.node_key", from, to)
                .stream().collect(Collectors.toMap(r -> (String) r[0], Function.identity()));
        List<MonthlyReview.NodeOnTime> result = new ArrayList<>();
        for (NodeDefinition node : definitions.get(ComplaintProcess.TYPE).nodes()) {
            Object[] row = rows.get(node.key());
            if (row != null) {
                result.add(new MonthlyReview.NodeOnTime(node.key(), node.nameZh(), node.nameEn(), count(row[1]),
                        count(row[2]), percent(count(row[2]), count(row[1]))));
            }
        }
        return result;
    }

    private MonthlyReview.Satisfaction satisfaction(Instant from, Instant to) {
        List<Object[]> rows = grouped("select satisfaction, count(*) from customer_confirmation "
                + "where confirmed_at >= :from and confirmed_at < :to group by satisfaction", from, to);
        long responses = rows.stream().mapToLong(r -> count(r[1])).sum();
        long points = rows.stream().mapToLong(r ->
                config.review().satisfactionPoints().of(Satisfaction.valueOf((String) r[0])) * count(r[1])).sum();
        return new MonthlyReview.Satisfaction(responses,
                counts(rows, responses, code -> LabeledValue.of(Satisfaction.valueOf(code))),
                responses == 0 ? null : BigDecimal.valueOf(points).divide(BigDecimal.valueOf(responses), 1,
                        RoundingMode.HALF_UP));
    }

    /** Categories by count, with their cumulative share, each with its sub-causes (e.g. which courier). */
    private List<MonthlyReview.Cause> pareto(List<Object[]> rows, long closed) {
        Map<String, List<MonthlyReview.SubCause>> byCategory = new LinkedHashMap<>();
        subCauses(rows).forEach(s -> byCategory.computeIfAbsent(s.category().code(), k -> new ArrayList<>()).add(s));
        List<Map.Entry<String, Long>> totals = byCategory.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().stream().mapToLong(MonthlyReview.SubCause::count).sum()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .toList();
        List<MonthlyReview.Cause> result = new ArrayList<>();
        long cumulative = 0;
        for (Map.Entry<String, Long> total : totals) {
            cumulative += total.getValue();
            result.add(new MonthlyReview.Cause(config.rootCause(total.getKey()), total.getValue(),
                    percent(total.getValue(), closed), percent(cumulative, closed),
                    withShares(byCategory.get(total.getKey()), total.getValue())));
        }
        return result;
    }

    private List<MonthlyReview.TypeCauses> causesByProblemType(List<Object[]> rows) {
        Map<String, Map<List<String>, Long>> byType = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byType.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>())
                    .merge(List.of((String) r[1], (String) r[2]), count(r[3]), Long::sum);
        }
        return byType.entrySet().stream().map(type -> {
            long total = type.getValue().values().stream().mapToLong(Long::longValue).sum();
            List<MonthlyReview.SubCause> causes = type.getValue().entrySet().stream()
                    .map(e -> subCause(e.getKey().get(0), e.getKey().get(1), e.getValue(), total))
                    .sorted(BY_COUNT).toList();
            return new MonthlyReview.TypeCauses(LabeledValue.of(ProblemType.valueOf(type.getKey())), total, causes);
        }).sorted(Comparator.comparingLong(MonthlyReview.TypeCauses::count).reversed()).toList();
    }

    private List<MonthlyReview.SubCause> recurring(List<Object[]> rows) {
        return subCauses(rows).stream().filter(s -> s.count() >= config.review().recurringThreshold()).toList();
    }

    /** (category, sub-cause) with their counts over all problem types, most frequent first; share left to the caller. */
    private List<MonthlyReview.SubCause> subCauses(List<Object[]> rows) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.merge(List.of((String) r[1], (String) r[2]), count(r[3]), Long::sum));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return counts.entrySet().stream().map(e -> subCause(e.getKey().get(0), e.getKey().get(1), e.getValue(), total))
                .sorted(BY_COUNT).toList();
    }

    private static final Comparator<MonthlyReview.SubCause> BY_COUNT =
            Comparator.comparingLong(MonthlyReview.SubCause::count).reversed()
                    .thenComparing(s -> s.category().code()).thenComparing(MonthlyReview.SubCause::detail);

    private MonthlyReview.SubCause subCause(String category, String detail, long count, long total) {
        return new MonthlyReview.SubCause(config.rootCause(category), detail.isEmpty() ? null : detail, count,
                percent(count, total));
    }

    private static List<MonthlyReview.SubCause> withShares(List<MonthlyReview.SubCause> causes, long total) {
        return causes.stream().map(s -> new MonthlyReview.SubCause(s.category(), s.detail(), s.count(),
                percent(s.count(), total))).toList();
    }

    private MonthlyReview.Measures measures(Instant from, Instant to, Instant now) {
        Object[] totals = (Object[]) window("select count(*), count(*) filter (where state = 'DONE'), "
                + "count(*) filter (where state = 'DONE' and on_time), count(*) filter (where state = 'OPEN'), "
                + "count(*) filter (where state = 'OPEN' and due_at < :now) "
                + "from improvement_measure where created_at >= :from and created_at < :to", from, to)
                .setParameter("now", now).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> items = window("select c.number, m.seq, m.description, m.owner_department, m.deadline, "
                + "m.state, m.due_at < :now and m.state = 'OPEN' from improvement_measure m "
                + "join complaint c on c.id = m.complaint_id where m.created_at >= :from and m.created_at < :to "
                + "order by m.deadline, c.number, m.seq", from, to)
                .setParameter("now", now).setMaxResults(MAX_MEASURES_LISTED).getResultList();
        return new MonthlyReview.Measures(count(totals[0]), count(totals[1]), count(totals[2]), count(totals[3]),
                count(totals[4]), items.stream().map(r -> new MonthlyReview.Measure((String) r[0],
                        ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (LocalDate) r[4],
                        LabeledValue.of(MeasureState.valueOf((String) r[5])), Boolean.TRUE.equals(r[6]))).toList());
    }

    private static List<MonthlyReview.Count> counts(List<Object[]> rows, long total,
                                                    Function<String, LabeledValue> label) {
        return rows.stream()
                .map(r -> new MonthlyReview.Count(label.apply((String) r[0]), count(r[1]), percent(count(r[1]), total)))
                .sorted(Comparator.comparingLong(MonthlyReview.Count::count).reversed()
                        .thenComparing(c -> c.value().code()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> grouped(String sql, Instant from, Instant to) {
        return window(sql, from, to).getResultList();
    }

    private Query window(String sql, Instant from, Instant to) {
        return entityManager.createNativeQuery(sql).setParameter("from", from).setParameter("to", to);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
