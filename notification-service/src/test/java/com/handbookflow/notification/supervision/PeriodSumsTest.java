package com.handbookflow.notification.supervision;

import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.obligation.ObligationState;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A period is read as whole months plus or minus days (PeriodCover, V15): its answer is the sum of the
 * answers of its days, for a year that starts and ends inside months, by scenario and by node, with work
 * done on the first and last days of months and on public holidays. Events of 2024-2025 in a department
 * no other test uses.
 */
@QuarkusTest
class PeriodSumsTest {

    private static final String DEPARTMENT = "period-sums";
    /** The year asked for: 15 March 2024 to 14 March 2025. */
    private static final LocalDate FROM = LocalDate.parse("2024-03-15");
    private static final LocalDate TO = LocalDate.parse("2025-03-14");
    /**
     * The day before and after the year, its first and last days, month ends and starts, National Day,
     * New Year's Day and the Spring Festival.
     */
    private static final List<String> DAYS = List.of("2024-03-14", "2024-03-15", "2024-03-31", "2024-04-01",
            "2024-10-01", "2024-12-31", "2025-01-01", "2025-01-29", "2025-02-28", "2025-03-01", "2025-03-14",
            "2025-03-15");

    @Inject
    SupervisionMetrics metrics;

    @Test
    void a_year_from_mid_month_by_scenario_and_by_node_is_the_sum_of_its_days() {
        try (ScenarioEvents events = new ScenarioEvents()) {
            for (int i = 0; i < DAYS.size(); i++) {
                String day = DAYS.get(i);
                // a plan done on time after i + 1 hours, a confirmation done late, every third day an execution
                // returned, and a customer update fulfilled
                NodeStateChanged plan = ScenarioEvents.activated(UUID.randomUUID(), "PS" + day, "PLAN", DEPARTMENT,
                        "u8001", shanghai(day + "T09:00").minusSeconds(3600L * (i + 1)), shanghai(day + "T18:00"), "P1D");
                events.send(plan);
                events.send(ScenarioEvents.completed(plan, shanghai(day + "T09:00")));
                NodeStateChanged confirm = ScenarioEvents.activated(UUID.randomUUID(), "PS" + day, "CONFIRM", DEPARTMENT,
                        "u8002", shanghai(day + "T08:00").minusSeconds(86_400), shanghai(day + "T08:00"), "P1D");
                events.send(confirm);
                events.send(ScenarioEvents.completed(confirm, shanghai(day + "T11:00")));
                if (i % 3 == 0) {
                    NodeStateChanged execute = ScenarioEvents.activated(UUID.randomUUID(), "PS" + day, "EXECUTE",
                            DEPARTMENT, "u8003", shanghai(day + "T08:00"), shanghai(day + "T18:00"), "P1D");
                    events.send(execute);
                    events.send(ScenarioEvents.closed(execute, NodeState.RETURNED, shanghai(day + "T12:00"), Map.of(),
                            List.of(), List.of(), false));
                }
                UUID complaint = UUID.randomUUID();
                events.send(ScenarioEvents.obligation(complaint, "PS" + day, "CUSTOMER_UPDATE", "CUSTOMER_UPDATE",
                        "客户进度更新", "Customer update", ObligationState.OPEN, DEPARTMENT, "u8004",
                        shanghai(day + "T08:00"), shanghai(day + "T20:00"), null));
                events.send(ScenarioEvents.obligation(complaint, "PS" + day, "CUSTOMER_UPDATE", "CUSTOMER_UPDATE",
                        "客户进度更新", "Customer update", ObligationState.FULFILLED, DEPARTMENT, "u8004",
                        shanghai(day + "T13:00"), null, shanghai(day + "T13:00")));
            }
        }
        Period everything = new Period("all", LocalDate.parse(DAYS.get(0)), LocalDate.parse(DAYS.get(DAYS.size() - 1)));
        // every node and customer update applied: 24 completions, 4 returns, 12 late, 12 updates done
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Long> all = sums(List.of(everything), GroupBy.SCENARIO)
                    .getOrDefault("*", List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
            assertEquals(List.of(24L, 4L, 12L, 12L), List.of(all.get(0), all.get(1), all.get(3), all.get(4)));
        });

        List<Period> days = FROM.datesUntil(TO.plusDays(1)).map(d -> new Period(d.toString(), d, d)).toList();
        Period year = new Period("year", FROM, TO);
        for (GroupBy groupBy : List.of(GroupBy.SCENARIO, GroupBy.NODE)) {
            Map<String, List<Long>> answer = sums(List.of(year), groupBy);
            assertEquals(sums(days, groupBy), answer, groupBy.name());
            assertEquals(groupBy == GroupBy.SCENARIO ? 20L : 10L, answer.values().iterator().next().get(0),
                    "completed in the year, " + groupBy);
        }
    }

    /**
     * Per node key (or '*'), summed over the periods' answers: completed, returned, skipped, late, then per
     * kind (customer updates, nodes) done and done on time.
     */
    private Map<String, List<Long>> sums(List<Period> periods, GroupBy groupBy) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Period period : periods) {
            for (MetricsRow row : QuarkusTransaction.requiringNew()
                    .call(() -> metrics.metrics(period, "complaint", DEPARTMENT, groupBy))) {
                long[] sum = sums.computeIfAbsent(row.nodeKey(), k -> new long[8]);
                sum[0] += row.completed();
                sum[1] += row.returned();
                sum[2] += row.skipped();
                sum[3] += row.timeoutRate() == null ? 0 : Math.round(row.timeoutRate() * row.completed());
                for (KindRate kind : row.onTimeByKind()) {
                    int at = "CUSTOMER_UPDATE".equals(kind.kind().code()) ? 4 : 6;
                    sum[at] += kind.completed();
                    sum[at + 1] += kind.onTime();
                }
            }
        }
        Map<String, List<Long>> result = new TreeMap<>();
        sums.forEach((key, sum) -> result.put(key, java.util.Arrays.stream(sum).boxed().toList()));
        return result;
    }
}
