package com.handbookflow.complaint.review;

import com.handbookflow.core.label.Texts;
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
import com.handbookflow.core.satisfaction.SatisfactionPoints;
import com.handbookflow.core.sql.SqlRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    private static final Texts TEXTS = Texts.of(ReviewService.class);

    static final LabeledValue UNGRADED = new LabeledValue("UNGRADED", TEXTS.zh("review.ungraded"), TEXTS.en("review.ungraded"));
    static final String UNASSIGNED = "unassigned";
    private static final int MAX_MEASURES_LISTED = 200;

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;
    private final ComplaintConfig config;
    private final SatisfactionPoints satisfactionPoints;
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
                  SatisfactionPoints satisfactionPoints, ProcessDefinitions definitions, Clock clock) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.config = config;
        this.satisfactionPoints = satisfactionPoints;
        this.definitions = definitions;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MonthlyReview review(YearMonth month) {
        ZoneId zone = calendar.zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();

        List<Tally> byType = tallies("select problem_type as value, count(*) as total from complaint "
                + "where received_at >= :from and received_at < :to group by problem_type", from, to);
        long received = byType.stream().mapToLong(Tally::count).sum();
        List<CauseTally> causes = grouped("select problem_type, root_cause_category, "
                + "coalesce(root_cause_detail, '') as root_cause_detail, count(*) as total from complaint "
                + "where closed_at >= :from and closed_at < :to "
                + "group by problem_type, root_cause_category, coalesce(root_cause_detail, '')", from, to)
                .stream().map(r -> new CauseTally(r.string("problem_type"), r.string("root_cause_category"),
                        r.string("root_cause_detail"), r.count("total"))).toList();
        long closed = causes.stream().mapToLong(CauseTally::count).sum();

        return new MonthlyReview(month.toString(), from, to,
                dueBy(month),
                !now.isBefore(to), received, closed,
                counts(byType, received, code -> LabeledValue.of(ProblemType.valueOf(code))),
                counts(tallies("select coalesce(grade, 'UNGRADED') as value, count(*) as total from complaint "
                                + "where received_at >= :from and received_at < :to group by 1", from, to), received,
                        code -> code.equals(UNGRADED.code()) ? UNGRADED : LabeledValue.of(Grade.valueOf(code))),
                counts(tallies("select channel as value, count(*) as total from complaint "
                                + "where received_at >= :from and received_at < :to group by channel", from, to), received,
                        code -> LabeledValue.of(Channel.valueOf(code))),
                counts(tallies("select coalesce(department, '" + UNASSIGNED + "') as value, count(*) as total from complaint "
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
        Map<String, SqlRow> rows = grouped("select n.node_key, count(*) as completed, "
                + "count(*) filter (where n.on_time) as on_time "
                + "from node_instance n join process_instance p on p.id = n.process_instance_id "
                + "where p.process_type = '" + ComplaintProcess.TYPE + "' "
                + "and n.completed_at >= :from and n.completed_at < :to group by n.node_key", from, to)
                .stream().collect(Collectors.toMap(r -> r.string("node_key"), Function.identity()));
        List<MonthlyReview.NodeOnTime> result = new ArrayList<>();
        for (NodeDefinition node : definitions.get(ComplaintProcess.TYPE).nodes()) {
            SqlRow row = rows.get(node.key());
            if (row != null) {
                result.add(new MonthlyReview.NodeOnTime(node.key(), node.nameZh(), node.nameEn(), row.count("completed"),
                        row.count("on_time"), percent(row.count("on_time"), row.count("completed"))));
            }
        }
        return result;
    }

    private MonthlyReview.Satisfaction satisfaction(Instant from, Instant to) {
        List<Tally> rows = tallies("select satisfaction as value, count(*) as total from customer_confirmation "
                + "where confirmed_at >= :from and confirmed_at < :to group by satisfaction", from, to);
        long responses = rows.stream().mapToLong(Tally::count).sum();
        long points = rows.stream().mapToLong(r ->
                satisfactionPoints.of(r.value()).orElse(0) * r.count()).sum();
        return new MonthlyReview.Satisfaction(responses,
                counts(rows, responses, code -> LabeledValue.of(Satisfaction.valueOf(code))),
                responses == 0 ? null : BigDecimal.valueOf(points).divide(BigDecimal.valueOf(responses), 1,
                        RoundingMode.HALF_UP));
    }

    /** Categories by count, with their cumulative share, each with its sub-causes (e.g. which courier). */
    private List<MonthlyReview.Cause> pareto(List<CauseTally> rows, long closed) {
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

    private List<MonthlyReview.TypeCauses> causesByProblemType(List<CauseTally> rows) {
        Map<String, Map<List<String>, Long>> byType = new LinkedHashMap<>();
        for (CauseTally r : rows) {
            byType.computeIfAbsent(r.problemType(), k -> new LinkedHashMap<>())
                    .merge(List.of(r.category(), r.detail()), r.count(), Long::sum);
        }
        return byType.entrySet().stream().map(type -> {
            long total = type.getValue().values().stream().mapToLong(Long::longValue).sum();
            List<MonthlyReview.SubCause> causes = type.getValue().entrySet().stream()
                    .map(e -> subCause(e.getKey().get(0), e.getKey().get(1), e.getValue(), total))
                    .sorted(BY_COUNT).toList();
            return new MonthlyReview.TypeCauses(LabeledValue.of(ProblemType.valueOf(type.getKey())), total, causes);
        }).sorted(Comparator.comparingLong(MonthlyReview.TypeCauses::count).reversed()).toList();
    }

    private List<MonthlyReview.SubCause> recurring(List<CauseTally> rows) {
        return subCauses(rows).stream().filter(s -> s.count() >= config.review().recurringThreshold()).toList();
    }

    /** (category, sub-cause) with their counts over all problem types, most frequent first; share left to the caller. */
    private List<MonthlyReview.SubCause> subCauses(List<CauseTally> rows) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.merge(List.of(r.category(), r.detail()), r.count(), Long::sum));
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
        SqlRow totals = SqlRow.single(window("select count(*) as total, count(*) filter (where state = 'DONE') as done, "
                + "count(*) filter (where state = 'DONE' and on_time) as done_on_time, "
                + "count(*) filter (where state = 'OPEN') as open, "
                + "count(*) filter (where state = 'OPEN' and due_at < :now) as open_overdue "
                + "from improvement_measure where created_at >= :from and created_at < :to", from, to)
                .setParameter("now", now));
        List<SqlRow> items = SqlRow.list(window("select c.number, m.seq, m.description, m.owner_department, m.deadline, "
                + "m.state, m.due_at < :now and m.state = 'OPEN' as overdue from improvement_measure m "
                + "join complaint c on c.id = m.complaint_id where m.created_at >= :from and m.created_at < :to "
                + "order by m.deadline, c.number, m.seq", from, to)
                .setParameter("now", now).setMaxResults(MAX_MEASURES_LISTED));
        return new MonthlyReview.Measures(totals.count("total"), totals.count("done"), totals.count("done_on_time"),
                totals.count("open"), totals.count("open_overdue"), items.stream().map(r -> new MonthlyReview.Measure(
                        r.string("number"), r.integer("seq"), r.string("description"), r.string("owner_department"),
                        r.date("deadline"), LabeledValue.of(MeasureState.valueOf(r.string("state"))),
                        Boolean.TRUE.equals(r.bool("overdue")))).toList());
    }

    private static List<MonthlyReview.Count> counts(List<Tally> rows, long total,
                                                    Function<String, LabeledValue> label) {
        return rows.stream()
                .map(r -> new MonthlyReview.Count(label.apply(r.value()), r.count(), percent(r.count(), total)))
                .sorted(Comparator.comparingLong(MonthlyReview.Count::count).reversed()
                        .thenComparing(c -> c.value().code()))
                .toList();
    }

    /** One value of a grouped count ({@code select ... as value, count(*) as total}). */
    private record Tally(String value, long count) {
    }

    /** Closed complaints of one problem type, root-cause category and detail. */
    private record CauseTally(String problemType, String category, String detail, long count) {
    }

    private List<Tally> tallies(String sql, Instant from, Instant to) {
        return grouped(sql, from, to).stream().map(r -> new Tally(r.string("value"), r.count("total"))).toList();
    }

    private List<SqlRow> grouped(String sql, Instant from, Instant to) {
        return SqlRow.list(window(sql, from, to));
    }

    private Query window(String sql, Instant from, Instant to) {
        return entityManager.createNativeQuery(sql, Tuple.class).setParameter("from", from).setParameter("to", to);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
