package com.handbookflow.complaint;

import com.handbookflow.core.testing.OnAMondayMorning;
import com.handbookflow.core.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.handbookflow.complaint.ComplaintFixtures.TOPIC;
import static com.handbookflow.complaint.ComplaintFixtures.about;
import static com.handbookflow.complaint.ComplaintFixtures.act;
import static com.handbookflow.complaint.ComplaintFixtures.assigned;
import static com.handbookflow.complaint.ComplaintFixtures.body;
import static com.handbookflow.complaint.ComplaintFixtures.closed;
import static com.handbookflow.complaint.ComplaintFixtures.closure;
import static com.handbookflow.complaint.ComplaintFixtures.get;
import static com.handbookflow.complaint.ComplaintFixtures.confirmation;
import static com.handbookflow.complaint.ComplaintFixtures.executed;
import static com.handbookflow.complaint.ComplaintFixtures.handledAndConfirmed;
import static com.handbookflow.complaint.ComplaintFixtures.receive;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ComplaintObligationTest extends OnAMondayMorning {

    private static final String OBLIGATION = "com.handbookflow.process.obligation-changed";
    private static final Map<String, Object> CALL = Map.of("channel", "PHONE", "content", "已联系承运商，明日答复。");

    @Test
    void from_assignment_the_customer_must_be_updated_within_2_days() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");

        ComplaintFixtures.get(number).body("nextUpdateDueAt", equalTo("2026-09-09T01:00:00Z"));
        JsonPath open = obligations(number, 1).get(0);
        assertEquals("customer-update-1", open.getString("obligationKey"));
        assertEquals("CUSTOMER_UPDATE", open.getString("kind"));
        assertEquals("OPEN", open.getString("state"));
        assertEquals("2026-09-09T01:00:00Z", open.getString("dueAt"));
        assertEquals("P2D", open.getString("limit"));
        assertEquals("u1001", open.getString("responsiblePerson"));
    }

    @Test
    void each_recorded_update_meets_the_one_due_and_restarts_the_2_day_clock() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        clock.setShanghai("2026-09-08T15:30");

        act(number, "progress-updates", CALL).statusCode(200)
                .body("progressUpdates[0].onTime", equalTo(true))
                .body("progressUpdates[0].channel.zh", equalTo("电话"))
                .body("nextUpdateDueAt", equalTo("2026-09-10T07:30:00Z"));

        List<JsonPath> events = obligations(number, 3);
        assertEquals(List.of("customer-update-1:OPEN", "customer-update-1:FULFILLED", "customer-update-2:OPEN"),
                events.stream().map(e -> e.getString("obligationKey") + ":" + e.getString("state")).toList());
        assertEquals(true, events.get(1).getBoolean("onTime"));
        assertEquals("2026-09-10T07:30:00Z", events.get(2).getString("dueAt"));
    }

    @Test
    void every_update_stays_on_the_complaint_in_the_order_given_through_the_later_acts() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        get(number).body("progressUpdates", empty());

        act(number, "progress-updates", CALL).statusCode(200).body("progressUpdates.seq", contains(1));
        clock.setShanghai("2026-09-08T16:00");
        act(number, "progress-updates", Map.of("channel", "EMAIL", "content", "已发送承运商的延误说明。")).statusCode(200)
                .body("progressUpdates.seq", contains(1, 2))
                .body("progressUpdates.channel.code", contains("PHONE", "EMAIL"));
        act(number, "handling-plans", ComplaintFixtures.plan()).statusCode(200)
                .body("progressUpdates.seq", contains(1, 2))
                .body("progressUpdates[1].content", equalTo("已发送承运商的延误说明。"));
        get(number).body("progressUpdates.seq", contains(1, 2));
    }

    @Test
    void an_update_given_after_2_days_is_recorded_late() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        clock.setShanghai("2026-09-10T09:00");

        act(number, "progress-updates", CALL).statusCode(200)
                .body("progressUpdates[0].onTime", equalTo(false))
                .body("progressUpdates[0].dueAt", equalTo("2026-09-09T01:00:00Z"));
    }

    @Test
    void the_update_obligation_ends_when_the_customer_has_confirmed() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        executed(number);
        get(number).body("nextUpdateDueAt", equalTo("2026-09-09T01:00:00Z"));

        act(number, "confirmations", confirmation("SATISFIED", false)).statusCode(200)
                .body("currentNode", equalTo("CLOSE"))
                .body("nextUpdateDueAt", nullValue());
        List<JsonPath> events = obligations(number, 2);
        assertEquals(List.of("customer-update-1:OPEN", "customer-update-1:CLOSED"),
                events.stream().map(e -> e.getString("obligationKey") + ":" + e.getString("state")).toList());
    }

    @Test
    void a_dissatisfied_customer_sent_back_to_handling_is_still_owed_updates() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        executed(number);

        act(number, "confirmations", confirmation("DISSATISFIED", true)).statusCode(200)
                .body("currentNode", equalTo("PLAN"))
                .body("nextUpdateDueAt", equalTo("2026-09-09T01:00:00Z"));
    }

    @Test
    void the_analysis_opens_one_obligation_per_improvement_measure_and_archiving_ends_nothing_else() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        handledAndConfirmed(number, "SATISFIED");
        closed(number, closure("COURIER", "迅达快递", "2026-09-30")).statusCode(200)
                .body("nextUpdateDueAt", nullValue());

        List<JsonPath> events = obligations(number, 3);
        assertEquals(List.of("customer-update-1:OPEN", "customer-update-1:CLOSED", "improvement-measure-1:OPEN"),
                events.stream().map(e -> e.getString("obligationKey") + ":" + e.getString("state")).toList());
        JsonPath measure = events.get(2);
        assertEquals("improvement-measure-1", measure.getString("obligationKey"));
        assertEquals("IMPROVEMENT_MEASURE", measure.getString("kind"));
        assertEquals("OPEN", measure.getString("state"));
        assertEquals("logistics", measure.getString("responsibleDepartment"));
        assertEquals("2026-09-30T10:00:00Z", measure.getString("dueAt"));

        act(number, "progress-updates", CALL).statusCode(409);
    }

    @Test
    void an_improvement_measure_done_by_its_deadline_is_fulfilled_on_time() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        handledAndConfirmed(number, "SATISFIED");
        closed(number, closure("COURIER", "迅达快递", "2026-09-30")).statusCode(200);
        clock.setShanghai("2026-09-29T10:00");

        act(number, "improvement-measures/1/completion", null).statusCode(200)
                .body("closure.improvementMeasures[0].state.code", equalTo("DONE"))
                .body("closure.improvementMeasures[0].onTime", equalTo(true));
        act(number, "improvement-measures/1/completion", null).statusCode(409);
        act(number, "improvement-measures/7/completion", null).statusCode(404);

        JsonPath done = obligations(number, 4).get(3);
        assertEquals("FULFILLED", done.getString("state"));
        assertEquals(true, done.getBoolean("onTime"));
    }

    @Test
    void updates_before_assignment_are_recorded_without_an_obligation() {
        String number = receive("LOGISTICS_DELAY", "GENERAL");
        act(number, "progress-updates", CALL).statusCode(200)
                .body("progressUpdates[0].dueAt", nullValue())
                .body("nextUpdateDueAt", nullValue());
    }

    private static List<JsonPath> obligations(String number, int count) {
        try (TopicReader topic = TopicReader.of(TOPIC)) {
            // the complaint's own obligations; the CLOSE node's cause-analysis work item has its own test
            return topic.await(r -> about(r, number) && OBLIGATION.equals(TopicReader.header(r, "ce_type"))
                    && !"WORK_ITEM".equals(body(r).getString("kind")), count,
                    Duration.ofSeconds(30)).stream().map(ComplaintFixtures::body).toList();
        }
    }

}
