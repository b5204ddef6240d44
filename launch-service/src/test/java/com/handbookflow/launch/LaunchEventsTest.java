package com.handbookflow.launch;

import com.handbookflow.core.testing.OnAMondayMorning;
import com.handbookflow.core.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.handbookflow.launch.LaunchFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What notification-service reads on launch.node-state: nodes, and the work items inside them. */
@QuarkusTest
class LaunchEventsTest extends OnAMondayMorning {

    private static final String OBLIGATION = "com.handbookflow.process.obligation-changed";

    private static boolean workItem(ConsumerRecord<String, String> r, String number, String key, String state) {
        return about(r, number) && OBLIGATION.equals(TopicReader.header(r, "ce_type"))
                && key.equals(body(r).getString("obligationKey")) && state.equals(body(r).getString("state"));
    }

    @Test
    void each_review_row_is_a_work_item_of_its_reviewing_department_due_with_the_review() {
        String number = feasible();
        try (TopicReader topic = TopicReader.of(TOPIC)) {
            JsonPath opened = body(topic.await(r -> workItem(r, number, "PLAN_REVIEW/RESOURCE_BUDGET", "OPEN"), 1,
                    Duration.ofSeconds(30)).get(0));
            assertEquals("WORK_ITEM", opened.getString("kind"));
            assertEquals("finance", opened.getString("responsibleDepartment"));
            assertEquals("2026-09-10T10:00:00Z", opened.getString("dueAt"));
            assertEquals("P3WD", opened.getString("limit"));
            assertEquals("方案评审：资源预算（成本合理性、投入产出比）", opened.getString("nameZh"));
            assertEquals(number + "/PLAN_REVIEW/RESOURCE_BUDGET",
                    TopicReader.header(topic.await(r -> workItem(r, number, "PLAN_REVIEW/RESOURCE_BUDGET", "OPEN"), 1,
                            Duration.ofSeconds(5)).get(0), "ce_subject"));
        }
        clock.setShanghai("2026-09-11T09:00");
        sign(number, "RESOURCE_BUDGET", "PASS").statusCode(200);
        try (TopicReader topic = TopicReader.of(TOPIC)) {
            JsonPath signed = body(topic.await(r -> workItem(r, number, "PLAN_REVIEW/RESOURCE_BUDGET", "FULFILLED"),
                    1, Duration.ofSeconds(30)).get(0));
            assertEquals(false, signed.getBoolean("onTime"));
            assertEquals("赵敏", signed.getString("actor.name"));
        }
    }

    @Test
    void the_round_after_a_revision_opens_the_rows_again_under_keys_of_their_round() {
        String number = feasible();
        sign(number, "RESOURCE_BUDGET", "NEEDS_CHANGES").statusCode(200);
        sign(number, "BUSINESS_PLAN", "PASS").statusCode(200);
        sign(number, "TECHNICAL_PLAN", "PASS").statusCode(200);
        post(product(), number, "plan-revisions", java.util.Map.of("summary", "压缩预算。")).statusCode(200);
        try (TopicReader topic = TopicReader.of(TOPIC)) {
            List<ConsumerRecord<String, String>> reopened = topic.await(
                    r -> workItem(r, number, "PLAN_REVIEW/TECHNICAL_PLAN#2", "OPEN"), 1, Duration.ofSeconds(30));
            assertEquals(2, body(reopened.get(0)).getInt("attributes.reviewRound"));
            assertEquals(2, body(reopened.get(0)).getInt("attributes.round"));
            assertEquals("TECHNICAL_PLAN", body(reopened.get(0)).getString("attributes.itemKey"));
        }
    }

    @Test
    void the_launch_day_duties_are_work_items_of_technology_marketing_and_customer_service() {
        String number = developed();
        try (TopicReader topic = TopicReader.of(TOPIC)) {
            for (String[] duty : new String[][]{{"DEPLOYMENT", "technology"}, {"PROMOTION", "marketing"},
                    {"SCRIPT_TRAINING", "customer-service"}}) {
                JsonPath opened = body(topic.await(r -> workItem(r, number, "RELEASE/" + duty[0], "OPEN"), 1,
                        Duration.ofSeconds(30)).get(0));
                assertEquals(duty[1], opened.getString("responsibleDepartment"));
                assertNull(opened.get("completedAt"));
            }
        }
    }
}
