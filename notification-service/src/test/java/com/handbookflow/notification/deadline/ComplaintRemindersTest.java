package com.handbookflow.notification.deadline;

import com.handbookflow.core.event.CloudEventHeaders;
import com.handbookflow.core.event.EventTypes;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.consumer.DeadLetters;
import com.handbookflow.core.obligation.ObligationState;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.TopicReader;
import com.handbookflow.notification.NotificationLedger;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A complaint's handling plan, followed through its reminder chain on the real broker and an injected clock. */
@QuarkusTest
class ComplaintRemindersTest {

    @Inject
    MutableClock clock;

    @Inject
    ReminderScheduler scheduler;

    @Inject
    NotificationLedger ledger;

    private ScenarioEvents events;

    @BeforeEach
    void setUp() {
        clock.setShanghai("2026-03-02T09:00");
        events = new ScenarioEvents();
        department("product", "u2001", "u3001");
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void a_handling_plan_is_warned_noticed_reminded_and_escalated_on_time_and_nothing_follows_completion() {
        UUID complaint = UUID.randomUUID();
        // Monday 09:00; P3WD: due at the end of Thursday.
        NodeStateChanged plan = ScenarioEvents.activated(complaint, "TS20260302-0001", "PLAN", "product", "u1001",
                shanghai("2026-03-02T09:00"), shanghai("2026-03-05T18:00"), "P3WD");
        events.send(plan);
        awaitObligations(complaint, List.of("PLAN:OPEN"));

        at("2026-03-04T17:59");
        assertEquals(List.of(), ledger.notices(complaint), "nothing before the warning");
        at("2026-03-04T18:00");
        assertEquals(List.of("WARNING RESPONSIBLE u1001"), ledger.notices(complaint), "one working day before due");
        at("2026-03-05T17:59");
        assertEquals(1, ledger.notices(complaint).size());
        at("2026-03-05T18:00");
        assertEquals("OVERDUE RESPONSIBLE u1001", last(ledger.notices(complaint)), "at due");
        at("2026-03-06T18:00");
        assertEquals(List.of("WARNING RESPONSIBLE u1001", "OVERDUE RESPONSIBLE u1001",
                "ESCALATION DEPARTMENT_HEAD u2001", "REMINDER RESPONSIBLE u1001"), ledger.notices(complaint),
                "a working day after due: the repeat and the department head");
        given().queryParam("person", "u1001").queryParam("overdue", true).get("/api/v1/deadlines").then()
                .body("items.find { it.instanceId == '" + complaint + "' }.escalatedTo.code", equalTo("DEPARTMENT_HEAD"));
        // Saturday and Sunday are not working days: nothing new until Monday 18:00.
        at("2026-03-08T12:00");
        assertEquals(4, ledger.notices(complaint).size());
        at("2026-03-09T18:00");
        assertEquals(List.of("ESCALATION LEADER_IN_CHARGE u3001", "REMINDER RESPONSIBLE u1001"),
                ledger.notices(complaint).subList(4, 6), "two working days after due: the leader in charge");

        events.send(ScenarioEvents.completed(plan, shanghai("2026-03-09T19:00")));
        awaitObligations(complaint, List.of("PLAN:CLOSED"));
        at("2026-03-10T18:00");
        at("2026-03-20T18:00");
        assertEquals(6, ledger.notices(complaint).size(), "completion stops the chain");

        given().queryParam("recipient", "u1001").queryParam("unread", true).queryParam("size", 100)
                .get("/api/v1/notifications").then().statusCode(200)
                .body("items.findAll { it.instanceId == '" + complaint + "' }.size()", equalTo(4));

        try (TopicReader topic = TopicReader.of("notification.events")) {
            List<ConsumerRecord<String, String>> published = topic.awaitKey(complaint.toString(), 6, Duration.ofSeconds(30));
            assertEquals(List.of("reminder-sent", "deadline-breached", "reminder-sent", "escalation-sent",
                            "reminder-sent", "escalation-sent"),
                    published.stream().map(r -> TopicReader.header(r, "ce_type").replace("com.handbookflow.notification.", ""))
                            .toList());
        }
    }

    @Test
    void an_extra_urgent_two_hour_plan_is_chased_and_escalated_in_hours_on_the_limits_own_clock_not_a_working_day_late() {
        UUID complaint = UUID.randomUUID();
        // Friday 16:00, extra urgent: two hours on the wall clock, due 18:00 the same Friday.
        events.send(ScenarioEvents.activated(complaint, "TS20260306-0001", "PLAN", "product", "u1301",
                shanghai("2026-03-06T16:00"), shanghai("2026-03-06T18:00"), "PT2H", Map.of("urgency", "EXTRA_URGENT")));
        awaitObligations(complaint, List.of("PLAN:OPEN"));

        at("2026-03-06T17:36");
        assertEquals(List.of("WARNING RESPONSIBLE u1301"), ledger.notices(complaint), "at 80% of the two hours");
        at("2026-03-06T18:00");
        assertEquals("OVERDUE RESPONSIBLE u1301", last(ledger.notices(complaint)), "at due");
        at("2026-03-06T18:30");
        assertEquals("REMINDER RESPONSIBLE u1301", last(ledger.notices(complaint)),
                "complaint/EXTRA_URGENT: chased every 30 minutes");
        at("2026-03-06T19:59");
        assertFalse(ledger.notices(complaint).contains("ESCALATION DEPARTMENT_HEAD u2001"));
        at("2026-03-06T20:00");
        assertTrue(ledger.notices(complaint).contains("ESCALATION DEPARTMENT_HEAD u2001"),
                "one 'working day' of the ladder is one length of the limit: two hours after due, not Monday 18:00");
        at("2026-03-06T22:00");
        assertTrue(ledger.notices(complaint).contains("ESCALATION LEADER_IN_CHARGE u3001"), "two lengths after due");
        at("2026-03-07T00:00");
        assertTrue(ledger.notices(complaint).contains("ESCALATION PROCESS_OWNER process-owner-complaint"),
                "three lengths after due, on a Saturday: an extra-urgent case does not wait for Monday");
    }

    @Test
    void an_extra_urgent_complaint_node_is_reminded_by_its_node_and_urgency_policy_before_the_scenarios_urgency_policy() {
        UUID complaint = UUID.randomUUID();
        // attributes.urgency as complaint-service sends it on every node event (see its recorded event golden)
        events.send(ScenarioEvents.activated(complaint, "TS20260306-0002", "EXECUTE", "product", "u1302",
                shanghai("2026-03-06T16:00"), shanghai("2026-03-06T18:00"), "PT2H", Map.of("urgency", "EXTRA_URGENT")));
        awaitObligations(complaint, List.of("EXECUTE:OPEN"));

        at("2026-03-06T18:00");
        assertEquals("OVERDUE RESPONSIBLE u1302", last(ledger.notices(complaint)), "at due");
        at("2026-03-06T18:09");
        assertEquals("OVERDUE RESPONSIBLE u1302", last(ledger.notices(complaint)));
        at("2026-03-06T18:10");
        assertEquals("REMINDER RESPONSIBLE u1302", last(ledger.notices(complaint)),
                "complaint.EXECUTE/EXTRA_URGENT: every 10 minutes, not complaint/EXTRA_URGENT's 30");
    }

    @Test
    void an_inbox_filter_that_is_neither_true_nor_false_is_refused_naming_it() {
        given().queryParam("recipient", "u1001").queryParam("unread", "maybe").get("/api/v1/notifications").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("unread"));
    }

    @Test
    void a_redelivered_event_changes_nothing_and_an_unknown_type_is_skipped() {
        UUID complaint = UUID.randomUUID();
        NodeStateChanged plan = ScenarioEvents.activated(complaint, "TS20260302-0002", "PLAN", "product", "u1002",
                shanghai("2026-03-02T09:00"), shanghai("2026-03-05T18:00"), "P3WD");
        events.send(plan, "com.handbookflow.process.something-new", UUID.randomUUID().toString());
        events.send(plan);
        events.send(plan); // the same ce_id again: at-least-once delivery
        NodeStateChanged done = ScenarioEvents.completed(plan, shanghai("2026-03-03T10:00"));
        events.send(done);
        awaitObligations(complaint, List.of("PLAN:CLOSED"));
        events.send(plan); // a late duplicate of the activation must not reopen it
        UUID marker = UUID.randomUUID();
        events.send(ScenarioEvents.activated(marker, "TS20260302-0003", "PLAN", "product", "u1003",
                shanghai("2026-03-02T09:00"), shanghai("2026-03-05T18:00"), "P3WD"));
        awaitObligations(marker, List.of("PLAN:OPEN"));

        assertEquals(List.of("PLAN:CLOSED"), ledger.obligations(complaint));
        at("2026-03-06T18:00");
        assertEquals(List.of(), ledger.notices(complaint));
    }

    @Test
    void an_event_the_database_refuses_goes_to_the_dead_letter_topic_with_its_error_and_the_stream_goes_on() {
        UUID complaint = UUID.randomUUID(); // one key: both events on one partition, the second behind the first
        NodeStateChanged refused = ScenarioEvents.activated(complaint, "TS20260302-0009", "N".repeat(80), "product",
                "u1201", shanghai("2026-03-02T09:00"), shanghai("2026-03-05T18:00"), "P3WD");
        events.send(refused);
        events.send(ScenarioEvents.activated(complaint, "TS20260302-0009", "PLAN", "product", "u1202",
                shanghai("2026-03-02T09:00"), shanghai("2026-03-05T18:00"), "P3WD"));

        awaitObligations(complaint, List.of("PLAN:OPEN"));
        try (TopicReader dlq = TopicReader.of("complaint.node-state.dlq")) {
            var letter = dlq.awaitKey(complaint.toString(), 1, Duration.ofSeconds(30)).get(0);
            // as it was sent (replayable onto its topic), with the failure beside it
            assertEquals(refused.eventId().toString(), TopicReader.header(letter, CloudEventHeaders.ID));
            assertEquals(EventTypes.NODE_STATE_CHANGED, TopicReader.header(letter, CloudEventHeaders.TYPE));
            assertTrue(letter.value().contains("N".repeat(80)), letter.value());
            assertEquals("complaint.node-state", TopicReader.header(letter, DeadLetters.ORIGINAL_TOPIC));
            assertEquals("notification-service", TopicReader.header(letter, DeadLetters.CONSUMER_GROUP));
            assertNotNull(TopicReader.header(letter, DeadLetters.ORIGINAL_OFFSET));
            assertTrue(TopicReader.header(letter, DeadLetters.ERROR).contains("database refuses"),
                    TopicReader.header(letter, DeadLetters.ERROR));
        }
        given().auth().none().get("/q/metrics").then().statusCode(200).body(matchesPattern(
                "(?s).*handbook_consumer_poison_events_total\\{group=\"notification-service\",topic=\"complaint.node-state\"} [1-9].*"));
    }

    @Test
    void an_event_of_a_type_this_version_does_not_know_goes_to_the_dead_letter_topic_to_be_replayed_later() {
        UUID complaint = UUID.randomUUID();
        NodeStateChanged plan = ScenarioEvents.activated(complaint, "TS20260302-0010", "PLAN", "product", "u1203",
                shanghai("2026-03-02T09:00"), shanghai("2026-03-05T18:00"), "P3WD");
        String id = UUID.randomUUID().toString();
        events.send(plan, "com.handbookflow.process.something-newer", id);

        try (TopicReader dlq = TopicReader.of("complaint.node-state.dlq")) {
            var letter = dlq.await(r -> id.equals(TopicReader.header(r, CloudEventHeaders.ID)), 1,
                    Duration.ofSeconds(30)).get(0);
            assertEquals("unknown event type com.handbookflow.process.something-newer",
                    TopicReader.header(letter, DeadLetters.ERROR));
            assertEquals(complaint.toString(), letter.key());
        }
    }

    @Test
    void a_major_complaint_reaches_the_department_head_and_the_leader_in_charge_at_once() {
        UUID complaint = UUID.randomUUID();
        events.send(ScenarioEvents.majorComplaint(complaint, "TS20260302-0004", "product", shanghai("2026-03-02T09:05")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(
                List.of("ESCALATION DEPARTMENT_HEAD u2001", "ESCALATION LEADER_IN_CHARGE u3001"), ledger.notices(complaint)));
        given().queryParam("recipient", "u3001").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.instanceId == '" + complaint + "' }.level.zh", equalTo("分管领导"));
    }

    @Test
    void a_ten_minute_response_is_warned_at_eight_minutes() {
        UUID complaint = UUID.randomUUID();
        events.send(ScenarioEvents.activated(complaint, "TS20260302-0005", "ACKNOWLEDGE", "customer-service", "u4001",
                shanghai("2026-03-02T09:00"), shanghai("2026-03-02T09:10"), "PT10M"));
        awaitObligations(complaint, List.of("ACKNOWLEDGE:OPEN"));

        at("2026-03-02T09:07:59");
        assertEquals(List.of(), ledger.notices(complaint));
        at("2026-03-02T09:08");
        assertEquals(List.of("WARNING RESPONSIBLE u4001"), ledger.notices(complaint));
        at("2026-03-02T09:20");
        assertEquals(List.of("WARNING RESPONSIBLE u4001", "OVERDUE RESPONSIBLE u4001", "REMINDER RESPONSIBLE u4001"),
                ledger.notices(complaint), "reminded every 10 minutes (configured for ACKNOWLEDGE)");
    }

    @Test
    void the_deadline_view_lists_what_is_due_by_person_and_overdue() {
        UUID complaint = UUID.randomUUID();
        events.send(ScenarioEvents.activated(complaint, "TS20260302-0006", "PLAN", "product", "u5001",
                shanghai("2026-03-02T09:00"), shanghai("2026-03-05T18:00"), "P3WD"));
        awaitObligations(complaint, List.of("PLAN:OPEN"));

        given().queryParam("person", "u5001").queryParam("overdue", false).get("/api/v1/deadlines").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].businessNumber", equalTo("TS20260302-0006"))
                .body("items[0].dueAt", equalTo("2026-03-05T10:00:00Z"));
        given().queryParam("person", "u5001").queryParam("overdue", true).get("/api/v1/deadlines").then()
                .body("totalItems", equalTo(0));
        given().queryParam("person", "u5001").queryParam("dueBefore", "2026-03-05T00:00:00+08:00")
                .get("/api/v1/deadlines").then().body("totalItems", equalTo(0));
    }

    @Test
    void a_reassigned_and_rescheduled_node_reminds_the_new_person_at_the_new_due() {
        UUID complaint = UUID.randomUUID();
        NodeStateChanged plan = ScenarioEvents.activated(complaint, "TS20260302-0007", "PLAN", "product", "u1101",
                shanghai("2026-03-02T09:00"), shanghai("2026-03-05T18:00"), "P3WD");
        events.send(plan);
        events.send(ScenarioEvents.reassigned(plan, "u1102", shanghai("2026-03-06T18:00"), shanghai("2026-03-03T09:00")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("person", "u1102")
                .get("/api/v1/deadlines").then().body("totalItems", equalTo(1))
                .body("items[0].dueAt", equalTo("2026-03-06T10:00:00Z")));

        at("2026-03-05T18:00");
        assertEquals(List.of("WARNING RESPONSIBLE u1102"), ledger.notices(complaint), "warned a working day before the new due");
        at("2026-03-06T18:00");
        assertEquals("OVERDUE RESPONSIBLE u1102", last(ledger.notices(complaint)));
    }

    @Test
    void each_customer_update_meets_the_current_one_and_opens_the_next() {
        UUID complaint = UUID.randomUUID();
        events.send(ScenarioEvents.customerUpdate(complaint, "TS20260302-0008", ObligationState.OPEN,
                shanghai("2026-03-02T09:00"), shanghai("2026-03-04T09:00")));
        events.send(ScenarioEvents.customerUpdate(complaint, "TS20260302-0008", ObligationState.FULFILLED,
                shanghai("2026-03-03T15:00"), null));
        events.send(ScenarioEvents.customerUpdate(complaint, "TS20260302-0008", ObligationState.OPEN,
                shanghai("2026-03-03T15:00"), shanghai("2026-03-05T15:00")));
        awaitObligations(complaint, List.of("CUSTOMER_UPDATE:CLOSED", "CUSTOMER_UPDATE:OPEN"));

        at("2026-03-04T09:00");
        assertEquals(List.of(), ledger.notices(complaint), "the first update was met in time");
        at("2026-03-05T15:00");
        assertEquals("OVERDUE RESPONSIBLE u4002", last(ledger.notices(complaint)), "the second is overdue");
    }

    private void at(String shanghaiTime) {
        clock.setShanghai(shanghaiTime);
        scheduler.runDue();
    }

    private void awaitObligations(UUID instance, List<String> expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(expected, ledger.obligations(instance)));
    }

    private static void department(String code, String head, String leader) {
        given().contentType(ContentType.JSON)
                .body(Map.of("nameZh", "产品部", "nameEn", "Product", "head", head, "leaderInCharge", leader))
                .put("/api/v1/departments/{code}", code).then().statusCode(200);
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }
}
