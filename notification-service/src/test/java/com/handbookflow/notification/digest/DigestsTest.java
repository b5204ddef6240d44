package com.handbookflow.notification.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.TopicReader;
import com.handbookflow.notification.ScenarioEvents;
import com.handbookflow.notification.deadline.ObligationTracker;
import com.handbookflow.notification.deadline.ReminderScheduler;
import com.handbookflow.notification.intake.EventIntake;
import com.handbookflow.notification.delivery.DeliveryDispatcher;
import com.handbookflow.notification.delivery.OaReceiver;
import com.handbookflow.notification.delivery.WebhookSignature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Digests: the first notice to a recipient goes out at once, the rest within five minutes in one digest at the
 * window's end; escalations always at once; every notice stays in the inbox on its own; exactly once across
 * crashes and instances. Each test has a day of its own, so windows of other tests never meet its recipients; and its
 * items are owed by a department no other test class owes items to, so rows other tests leave open (which fall due in
 * this test's scheduler runs) never reach its endpoints or its digests.
 */
@QuarkusTest
class DigestsTest {

    private static final String SECRET = "s3cr3t-shared-with-oa-0001";

    /** The department whose webhooks take the digests: only this test class owes it items (see above). */
    private static final String DEPARTMENT = "operations";

    @Inject
    MutableClock clock;

    @Inject
    ObligationTracker tracker;

    @Inject
    ReminderScheduler scheduler;

    @Inject
    Digests digests;

    @Inject
    DeliveryDispatcher dispatcher;

    @Inject
    EventIntake intake;

    @Inject
    EntityManager entityManager;

    private final ObjectMapper json = new ObjectMapper();
    /** Endpoints this test registered: removed afterwards (with their deliveries), so no later test sends to a closed port. */
    private final List<String> endpoints = new java.util.ArrayList<>();

    /** Nodes this test opened: completed afterwards, so no later test finds them overdue (or reminds of them). */
    private final List<NodeStateChanged> opened = new ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void removeEndpointsAndCompleteNodes() {
        endpoints.forEach(id -> given().delete("/api/v1/webhooks/{id}", id).then().statusCode(204));
        endpoints.clear();
        QuarkusTransaction.requiringNew().run(() -> opened.forEach(active -> tracker.apply(
                ScenarioEvents.completed(active, clock.instant()))));
        opened.clear();
    }

    @BeforeEach
    void directory() {
        given().contentType(ContentType.JSON)
                .body(Map.of("nameZh", "运营部", "nameEn", "Operations", "head", "u5101", "leaderInCharge", "u5201"))
                .put("/api/v1/departments/{code}", DEPARTMENT).then().statusCode(200);
    }

    @Test
    void fifty_items_overdue_at_once_reach_their_department_as_one_digest_and_the_leaders_escalation_still_goes_out_at_once()
            throws Exception {
        try (OaReceiver digestOa = new OaReceiver(); OaReceiver eachOa = new OaReceiver()) {
            register(DEPARTMENT, digestOa.url(), null); // new endpoints take digests
            register(DEPARTMENT, eachOa.url(), "EACH");
            clock.setShanghai("2026-03-17T09:00");
            List<String> numbers = departmentItemsDueAt("TS20260317-", 50, "2026-03-17T10:00");

            at("2026-03-17T10:00");
            dispatcher.runDue();
            assertEquals(List.of("deadline-breached"), types(digestOa), "the first overdue notice goes out at once");

            // A major complaint a minute later: the department head and the leader in charge are told at once.
            clock.setShanghai("2026-03-17T10:01");
            UUID major = UUID.randomUUID();
            var raised = ScenarioEvents.majorComplaint(major, "TS20260317-0999", DEPARTMENT, clock.instant());
            QuarkusTransaction.requiringNew().run(() -> intake.apply(new com.handbookflow.notification.intake.IncomingEvent(
                    raised.eventId().toString(), raised.type(), raised, "complaint.node-state", 0, 0)));
            dispatcher.runDue();
            assertEquals(List.of("deadline-breached", "escalation-sent", "escalation-sent"), types(digestOa),
                    "escalations never wait for a digest");

            at("2026-03-17T10:04:59");
            dispatcher.runDue();
            assertEquals(3, digestOa.received().size(), "nothing before the window ends");

            at("2026-03-17T10:05");
            dispatcher.runDue();
            assertEquals(List.of("deadline-breached", "escalation-sent", "escalation-sent", "digest-sent"), types(digestOa),
                    "the other 49 in one digest at the window's end");
            OaReceiver.Received digestRequest = digestOa.received().get(3);
            JsonNode digest = json.readTree(digestRequest.body());
            assertEquals(49, digest.get("itemCount").asInt());
            assertEquals("DIGEST", digest.get("purpose").asText());
            assertEquals(DEPARTMENT, digest.get("recipientDepartment").asText());
            assertEquals(WebhookSignature.sign(SECRET, Long.parseLong(digestRequest.header(WebhookSignature.TIMESTAMP_HEADER)),
                    digestRequest.body()), digestRequest.header(WebhookSignature.SIGNATURE_HEADER), "signed like every delivery");
            assertEquals("digest/" + digest.get("digestId").asText(), digestRequest.header(WebhookSignature.IDEMPOTENCY_KEY_HEADER));
            assertTrue(digest.get("titleZh").asText().startsWith("【汇总通知】"), digest.get("titleZh").asText());
            assertTrue(digest.get("titleEn").asText().startsWith("Digest: 49 notices"), digest.get("titleEn").asText());
            JsonNode item = digest.get("items").get(0);
            assertEquals("HANDLE", item.get("itemKey").asText());
            assertEquals(5, item.get("minutesLate").asInt());
            assertEquals("已超时 5 分钟", item.get("lateZh").asText());
            assertEquals("5 min late", item.get("lateEn").asText());
            assertEquals("/api/v1/notifications/" + item.get("notificationId").asText(), item.get("link").asText());
            Set<String> told = new HashSet<>();
            told.add(json.readTree(digestOa.received().get(0).body()).get("businessNumber").asText());
            digest.get("items").forEach(i -> told.add(i.get("businessNumber").asText()));
            assertEquals(new HashSet<>(numbers), told, "every item once: the first at once, the other 49 in the digest");
            // which of the fifty went out at once depends on the order of the scan: read the line of an item the digest lists
            assertTrue(digest.get("textZh").asText().contains(item.get("businessNumber").asText() + " HANDLE：已超时 5 分钟 /api/v1/notifications/"));

            assertEquals(52, eachOa.received().size(), "an endpoint that chose one message per notice gets 50 + 2 at once");
            assertTrue(types(eachOa).stream().noneMatch("digest-sent"::equals));

            at("2026-03-17T10:10");
            dispatcher.runDue();
            assertEquals(4, digestOa.received().size(), "the digest went out once");

            // Each item stays in the inbox on its own: queryable, and marked read one by one.
            String itemId = item.get("notificationId").asText();
            given().get("/api/v1/notifications/{id}", itemId).then().statusCode(200)
                    .body("businessNumber", equalTo(item.get("businessNumber").asText()))
                    .body("digestId", equalTo(digest.get("digestId").asText()))
                    .body("kind.zh", equalTo("超时通知"));
            given().post("/api/v1/notifications/{id}/read", itemId).then().statusCode(200).body("readAt", notNullValue());

            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertTrue(metrics.contains("handbook_notices_total{department=\"" + DEPARTMENT + "\",route=\"DIGEST\""),
                    "notices per department and route");
            assertTrue(metrics.contains("handbook_digest_items_max{purpose=\"DIGEST\""), "digest sizes");

            try (TopicReader topic = TopicReader.of("notification.events")) {
                var published = topic.await(r -> "com.handbookflow.notification.digest-sent".equals(TopicReader.header(r, "ce_type"))
                        && r.value().contains(digest.get("digestId").asText()), 1, Duration.ofSeconds(30));
                assertEquals(1, published.size(), "notification.events carries the digest");
            }
        }
    }

    @Test
    void a_digest_of_a_large_backlog_lists_the_first_hundred_and_counts_the_rest_in_the_inbox() throws Exception {
        try (OaReceiver oa = new OaReceiver()) {
            register(DEPARTMENT, oa.url(), null);
            clock.setShanghai("2026-03-24T09:00");
            departmentItemsDueAt("BL20260324-", 151, "2026-03-24T10:00");

            at("2026-03-24T10:00");
            at("2026-03-24T10:05");
            dispatcher.runDue();

            OaReceiver.Received digestRequest = oa.received().stream()
                    .filter(r -> r.header(WebhookSignature.EVENT_TYPE_HEADER).endsWith("digest-sent")).findFirst().orElseThrow();
            JsonNode digest = json.readTree(digestRequest.body());
            assertEquals(150, digest.get("itemCount").asInt(), "the count is whole");
            assertEquals(100, digest.get("items").size(), "the items listed are capped");
            assertTrue(digest.get("titleZh").asText().contains("共 150 条"), digest.get("titleZh").asText());
            assertTrue(digest.get("textZh").asText().endsWith("- 另有 50 条，请在收件箱查看\n"), "says where the rest are");
            assertTrue(digest.get("textEn").asText().endsWith("- and 50 more in the inbox\n"));
            long inbox = given().queryParam("department", DEPARTMENT).queryParam("size", 1)
                    .get("/api/v1/notifications").then().statusCode(200).extract().jsonPath().getLong("totalItems");
            assertTrue(inbox >= 151, "every notice has its own inbox row");
        }
    }

    @Test
    void a_crash_while_sending_a_digest_sends_nothing_and_the_next_run_sends_it_once() throws Exception {
        try (OaReceiver oa = new OaReceiver()) {
            register(DEPARTMENT, oa.url(), null);
            clock.setShanghai("2026-03-18T09:00");
            departmentItemsDueAt("YY20260318-", 3, "2026-03-18T10:00");
            at("2026-03-18T10:00");

            clock.setShanghai("2026-03-18T10:05");
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    digests.claimAndSendBatch();
                    throw new IllegalStateException("killed before the digest was recorded");
                });
            } catch (IllegalStateException expected) {
                // nothing of the digest committed
            }
            assertEquals(0L, digestEvents("YY20260318-"), "a crashed send publishes nothing");

            digests.runDue();
            digests.runDue();
            dispatcher.runDue();
            assertEquals(1L, digestEvents("YY20260318-"), "sent once by the next run");
            assertEquals(List.of("deadline-breached", "digest-sent"), types(oa));
        }
    }

    @Test
    void two_instances_telling_and_sending_side_by_side_lose_no_notice_and_send_none_twice() throws Exception {
        clock.setShanghai("2026-03-19T09:00");
        List<String> numbers = departmentItemsDueAt("YY20260319-", 40, "2026-03-19T10:00");
        clock.setShanghai("2026-03-19T10:00");
        concurrently(() -> scheduler.runDue());
        clock.setShanghai("2026-03-19T10:05");
        concurrently(() -> digests.runDue());

        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select n.businessNumber, n.digestId from InboxNotice n where n.recipientDepartment = :department"
                                + " and n.businessNumber like 'YY20260319-%'", Object[].class)
                .setParameter("department", DEPARTMENT).getResultList());
        assertEquals(40, rows.size(), "every item told once");
        List<String> atOnce = rows.stream().filter(r -> r[1] == null).map(r -> (String) r[0]).toList();
        assertEquals(1, atOnce.size(), "exactly one went out at once: " + atOnce);
        assertEquals(1L, digestEvents("YY20260319-"), "one digest");
        String payload = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select payload::text from outbox_event where event_type = 'com.handbookflow.notification.digest-sent'"
                        + " and payload::text like '%YY20260319-%'").getSingleResult());
        JsonNode digest = json.readTree(payload);
        assertEquals(39, digest.get("itemCount").asInt());
        Set<String> told = new HashSet<>(atOnce);
        digest.get("items").forEach(i -> assertTrue(told.add(i.get("businessNumber").asText()), "not twice"));
        assertEquals(new HashSet<>(numbers), told);
    }

    private void concurrently(Callable<Integer> run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(run));
            }
            for (Future<Integer> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Digest events listing items whose numbers start with {@code prefix}. */
    private long digestEvents(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_event where event_type = 'com.handbookflow.notification.digest-sent'"
                        + " and payload::text like :prefix").setParameter("prefix", "%" + prefix + "%")
                .getSingleResult()).longValue());
    }

    /** {@code count} complaints whose HANDLE node is due at {@code due}, owed by the department (no person named). */
    private List<String> departmentItemsDueAt(String prefix, int count, String due) {
        List<String> numbers = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= count; i++) {
                String number = prefix + String.format("%04d", i);
                numbers.add(number);
                NodeStateChanged active = ScenarioEvents.activated(UUID.randomUUID(), number, "HANDLE", DEPARTMENT, null,
                        clock.instant(), shanghai(due), "P1WD");
                tracker.apply(active);
                opened.add(active);
            }
        });
        return numbers;
    }

    private void at(String shanghaiTime) {
        clock.setShanghai(shanghaiTime);
        scheduler.runDue();
    }

    private static List<String> types(OaReceiver oa) {
        return oa.received().stream()
                .map(r -> r.header(WebhookSignature.EVENT_TYPE_HEADER).replace("com.handbookflow.notification.", "")).toList();
    }

    private void register(String department, String url, String mode) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("department", department, "url", url, "secret", SECRET));
        if (mode != null) {
            body.put("deliveryMode", mode);
        }
        endpoints.add(given().contentType(ContentType.JSON).body(body).post("/api/v1/webhooks").then().statusCode(201)
                .body("deliveryMode.code", equalTo(mode == null ? "DIGEST" : mode)).extract().path("id"));
    }
}
