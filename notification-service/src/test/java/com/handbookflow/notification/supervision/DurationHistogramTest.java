package com.handbookflow.notification.supervision;

import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The duration percentiles come from the histogram of done obligations (V14), not the obligations: within
 * a bucket's width (5% of the exact percentile + 1 s) of percentile_cont over the same durations, for
 * each row of every grouping, and for periods that cut months at either end. Events carry their own
 * instants (July to September 2025), which no other test uses.
 */
@QuarkusTest
class DurationHistogramTest {

    /** The histogram's documented error, plus the answer's rounding to 0.01 h. */
    private static final double RELATIVE_ERROR = 0.05;
    private static final double ROUNDING_HOURS = 0.005;

    @Test
    void percentiles_by_scenario_node_and_department_match_the_exact_ones_within_a_bucket() {
        List<Double> planHours = new ArrayList<>();
        List<Double> confirmHours = new ArrayList<>();
        try (ScenarioEvents events = new ScenarioEvents()) {
            for (int i = 1; i <= 40; i++) {
                double hours = i * 1.7; // 1.7 h .. 68 h
                done(events, "PLAN", "histogram-design", shanghai("2025-07-07T09:00"), hours);
                planHours.add(hours);
            }
            for (int i = 1; i <= 25; i++) {
                double hours = 0.25 * i * i; // 15 min .. 156 h, skewed
                done(events, "CONFIRM", "histogram-quality", shanghai("2025-07-10T09:00"), hours);
                confirmHours.add(hours);
            }
        }
        List<Double> all = new ArrayList<>(planHours);
        all.addAll(confirmHours);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> july("DEPARTMENT")
                .body("rows.find { it.department == 'histogram-design' }.completed", equalTo(40))
                .body("rows.find { it.department == 'histogram-quality' }.completed", equalTo(25)));

        ValidatableResponse byNode = july("NODE");
        assertNear(byNode, "rows.find { it.nodeKey == 'PLAN' }", planHours);
        assertNear(byNode, "rows.find { it.nodeKey == 'CONFIRM' }", confirmHours);
        ValidatableResponse byDepartment = july("DEPARTMENT");
        assertNear(byDepartment, "rows.find { it.department == 'histogram-design' }", planHours);
        assertNear(byDepartment, "rows.find { it.department == 'histogram-quality' }", confirmHours);
        assertNear(july("SCENARIO"), "rows[0]", all);
    }

    @Test
    void a_period_that_cuts_months_counts_only_its_own_days() {
        List<Double> inside = new ArrayList<>();
        try (ScenarioEvents events = new ScenarioEvents()) {
            // closed on 2 August and on 30 September (Shanghai): outside 3 August .. 29 September, and very long
            done(events, "PLAN", "histogram-edges", shanghai("2025-07-26T09:00"), 7 * 24 + 1);
            done(events, "PLAN", "histogram-edges", shanghai("2025-09-23T09:00"), 7 * 24 + 2);
            // just inside both ends: 3 August 00:30 and 29 September 23:30
            done(events, "PLAN", "histogram-edges", shanghai("2025-08-02T23:30"), 1);
            inside.add(1.0);
            done(events, "PLAN", "histogram-edges", shanghai("2025-09-29T21:30"), 2);
            inside.add(2.0);
            for (int i = 1; i <= 10; i++) {
                done(events, "PLAN", "histogram-edges", shanghai("2025-08-20T09:00"), 3 + i);
                inside.add(3.0 + i);
            }
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> edges("2025-08-01", "2025-09-30")
                .body("rows[0].completed", equalTo(14)));
        // August less its first two days, September less its last: the month rows minus those days
        ValidatableResponse cut = edges("2025-08-03", "2025-09-29").body("rows[0].completed", equalTo(12));
        assertNear(cut, "rows[0]", inside);
        // one day only: that day's rows, no month
        edges("2025-08-02", "2025-08-02").body("rows[0].completed", equalTo(1))
                .body("rows[0].durationP50Hours", equalTo(bucketMiddle(169)));
    }

    /** The answer for a lone duration of whole hours: its bucket's middle, rounded as the answer is. */
    private static float bucketMiddle(double hours) {
        double seconds = hours * 3600;
        int bucket = (int) Math.floor(Math.log(1 + seconds) / Math.log(1.05));
        double start = Math.pow(1.05, bucket) - 1;
        double end = Math.pow(1.05, bucket + 1) - 1;
        return (float) (Math.round((start + end) / 2 / 36.0) / 100.0);
    }

    private static void done(ScenarioEvents events, String node, String department, Instant start, double hours) {
        NodeStateChanged active = ScenarioEvents.activated(UUID.randomUUID(), "TS20250701-" + UUID.randomUUID(), node,
                department, "u7001", start, start.plus(Duration.ofDays(30)), "P30D");
        events.send(active);
        events.send(ScenarioEvents.completed(active, start.plusSeconds(Math.round(hours * 3600))));
    }

    private static ValidatableResponse july(String groupBy) {
        return given().queryParam("period", "2025-07").queryParam("scenario", "complaint").queryParam("groupBy", groupBy)
                .get("/api/v1/supervision/metrics").then().statusCode(200);
    }

    private static ValidatableResponse edges(String from, String to) {
        return given().queryParam("from", from).queryParam("to", to).queryParam("scenario", "complaint")
                .queryParam("department", "histogram-edges").get("/api/v1/supervision/metrics").then().statusCode(200);
    }

    private static void assertNear(ValidatableResponse response, String row, List<Double> hours) {
        for (double p : new double[] {0.5, 0.9}) {
            Number answer = response.extract().path(row + ".durationP" + Math.round(p * 100) + "Hours");
            double exact = exact(hours, p);
            assertThat(row + " p" + Math.round(p * 100), answer.doubleValue(),
                    closeTo(exact, RELATIVE_ERROR * (exact + 1 / 3600.0) + ROUNDING_HOURS));
        }
    }

    /** percentile_cont over the durations themselves. */
    private static double exact(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        double rank = p * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        double lower = sorted.get(below);
        return below + 1 < sorted.size() ? lower + (rank - below) * (sorted.get(below + 1) - lower) : lower;
    }
}
