package com.handbookflow.launch;

import com.handbookflow.core.testing.GoldenEvents;
import com.handbookflow.core.testing.MutableClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static com.handbookflow.launch.LaunchFixtures.*;

/**
 * The events of one scripted launch, byte for byte as they leave through the outbox on
 * {@code launch.node-state}: type, Kafka key, subject and JSON payload, in order. notification-service
 * keys a launch's open work items by {@code PLAN_REVIEW/<row>[#round]} and {@code RELEASE/<duty>}; its
 * {@code LaunchWorkItemNotificationsTest} publishes the review row recorded here as it is, so a change
 * of this file is a change of what notification-service reads. Random ids become {@code <uuid-N>} in
 * order of first appearance, the launch number {@code <number>} (it depends on the tests run before).
 *
 * <p>Re-record a deliberate change of behaviour, in a commit of its own: {@code -Dgolden.record=true}.
 */
@QuarkusTest
class LaunchEventsGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/launch-events.txt");

    @Inject
    MutableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_scripted_launch_with_a_second_review_round_publishes_the_recorded_events() throws Exception {
        clock.setShanghai("2026-09-07T09:00");
        String number = apply();
        at("2026-09-07T11:00", () -> post(marketing(), number, "application-submission", null).statusCode(200));
        at("2026-09-08T10:00", () -> contributions(number));
        at("2026-09-09T10:00", () -> post(product(), number, "feasibility/report", feasibility("PASS", "可行。"))
                .statusCode(200));
        at("2026-09-10T10:00", () -> reviewAll(number, "PASS", "PASS", "NEEDS_CHANGES"));
        at("2026-09-11T10:00", () -> post(product(), number, "plan-revisions", Map.of("summary", "预算压缩至 30 万元。"))
                .statusCode(200));
        at("2026-09-14T10:00", () -> reviewAll(number, "PASS", "PASS", "PASS"));
        at("2026-09-14T15:00", () -> post(leader(), number, "plan-review/sign-off", Map.of("comment", "同意。"))
                .statusCode(200));
        at("2026-09-28T10:00", () -> post(technology(), number, "development/completion", development())
                .statusCode(200));
        at("2026-09-29T10:00", () -> putPlan(number, launchPlan(List.of("关闭入口开关", "回滚至 v2.3.1"),
                "返还积分并补偿 200 积分。")).statusCode(200));
        at("2026-09-29T15:00", () -> dutiesDone(number));
        at("2026-09-30T10:00", () -> post(technology(), number, "release", release()).statusCode(200));
        at("2026-10-15T10:00", () -> post(marketing(), number, "evaluation", evaluation(112000)).statusCode(200));

        // the number depends on the tests run before
        GoldenEvents.assertRecorded(GOLDEN, GoldenEvents.normalised(eventsOf(number).replace(number, "<number>")));
    }

    private void at(String shanghai, Runnable act) {
        clock.setShanghai(shanghai);
        act.run();
    }

    /** The launch's outbox rows in publication order, one block per event. */
    private String eventsOf(String number) throws SQLException {
        return GoldenEvents.outboxEvents(dataSource,
                "aggregate_id in (select id::text from process_instance where business_number = ?)", number);
    }
}
