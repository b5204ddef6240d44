package com.handbookflow.complaint;

import com.handbookflow.core.testing.OnAMondayMorning;
import com.handbookflow.core.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.handbookflow.complaint.ComplaintFixtures.TOPIC;
import static com.handbookflow.complaint.ComplaintFixtures.about;
import static com.handbookflow.complaint.ComplaintFixtures.act;
import static com.handbookflow.complaint.ComplaintFixtures.body;
import static com.handbookflow.complaint.ComplaintFixtures.classify;
import static com.handbookflow.complaint.ComplaintFixtures.get;
import static com.handbookflow.complaint.ComplaintFixtures.receive;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 紧急 within 24 hours, 特急 at once: the urgency limit is a budget for the whole path from receipt to
 * the handling plan. Each node on it is due at the earlier of its own limit and the end of the budget.
 * Received on Monday 2026-09-07 09:00 Shanghai (01:00Z): an urgent budget ends Tuesday 09:00 (01:00Z of
 * the 8th), an extra-urgent one (2 hours, configurable: complaint.urgency-limits.extra-urgent) Monday 11:00.
 */
@QuarkusTest
class ComplaintUrgencyTest extends OnAMondayMorning {

    private static final String URGENT_BUDGET_ENDS = "2026-09-08T01:00:00Z";
    private static final String EXTRA_URGENT_BUDGET_ENDS = "2026-09-07T03:00:00Z";

    @Test
    void an_urgent_complaint_goes_from_receipt_to_its_plan_within_24_hours() {
        String number = receive("PRODUCT_QUALITY", "URGENT");
        act(number, "acknowledgement", null).statusCode(200);
        act(number, "registration", Map.of()).statusCode(200)
                // CLASSIFY's own limit (P1WD) would end Tuesday 18:00; the budget ends Tuesday 09:00
                .body("timeline[2].key", equalTo("CLASSIFY"))
                .body("timeline[2].dueAt", equalTo(URGENT_BUDGET_ENDS))
                .body("timeline[2].limit", equalTo("PT24H"));

        clock.setShanghai("2026-09-07T17:00");
        classify(number, "PRODUCT_QUALITY", "GENERAL");
        get(number).body("timeline[3].key", equalTo("ASSIGN"))
                .body("timeline[3].dueAt", equalTo(URGENT_BUDGET_ENDS));

        clock.setShanghai("2026-09-07T17:30");
        act(number, "assignment", Map.of()).statusCode(200)
                // counted from assignment the 24 hours would end Tuesday 17:30: what is left of the budget wins
                .body("timeline[4].key", equalTo("PLAN"))
                .body("timeline[4].dueAt", equalTo(URGENT_BUDGET_ENDS))
                .body("timeline[4].limit", equalTo("PT24H"));
    }

    @Test
    void an_extra_urgent_complaint_is_registered_classified_assigned_and_planned_within_its_2_hours() {
        String number = receive("PRODUCT_QUALITY", "EXTRA_URGENT");
        get(number).body("timeline[0].dueAt", equalTo("2026-09-07T01:10:00Z"));   // the first response stays 10 minutes
        act(number, "acknowledgement", null).statusCode(200)
                .body("timeline[1].key", equalTo("REGISTER"))
                .body("timeline[1].dueAt", equalTo(EXTRA_URGENT_BUDGET_ENDS))
                .body("timeline[1].limit", equalTo("PT2H"));
        act(number, "registration", Map.of()).statusCode(200)
                .body("timeline[2].dueAt", equalTo(EXTRA_URGENT_BUDGET_ENDS));

        clock.setShanghai("2026-09-07T10:00");
        classify(number, "PRODUCT_QUALITY", "GENERAL");
        get(number).body("timeline[3].dueAt", equalTo(EXTRA_URGENT_BUDGET_ENDS));

        clock.setShanghai("2026-09-07T10:30");
        act(number, "assignment", Map.of()).statusCode(200)
                .body("timeline[4].dueAt", equalTo(EXTRA_URGENT_BUDGET_ENDS));
    }

    @Test
    void a_general_complaint_keeps_each_nodes_own_limit() {
        String number = receive("PRODUCT_QUALITY", "GENERAL");
        act(number, "acknowledgement", null).statusCode(200)
                .body("timeline[1].limit", equalTo("PT24H"))
                .body("timeline[1].dueAt", equalTo("2026-09-08T01:00:00Z"));
        act(number, "registration", Map.of()).statusCode(200)
                .body("timeline[2].limit", equalTo("P1WD"))
                .body("timeline[2].dueAt", equalTo("2026-09-08T10:00:00Z"));
    }

    @Test
    void an_extra_urgent_complaint_alerts_the_head_of_the_responsible_department_at_once() {
        String number = receive("LOGISTICS_DELAY", "EXTRA_URGENT");

        try (TopicReader topic = TopicReader.of(TOPIC)) {
            ConsumerRecord<String, String> alert = topic.await(r -> about(r, number)
                    && "com.handbookflow.process.escalation-raised".equals(TopicReader.header(r, "ce_type")), 1,
                    Duration.ofSeconds(30)).get(0);
            JsonPath event = body(alert);
            assertEquals("logistics", event.getString("department"));
            assertEquals(List.of("DEPARTMENT_HEAD"), event.getList("levels"));
            assertEquals("ACKNOWLEDGE", event.getString("nodeKey"));
            assertEquals("EXTRA_URGENT", event.getString("attributes.urgency"));
            assertEquals("2026-09-07T01:00:00Z", event.getString("occurredAt"));
        }
    }
}
