package com.handbookflow.notification.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.ScenarioEvents;
import com.handbookflow.notification.deadline.ObligationTracker;
import com.handbookflow.notification.deadline.ReminderScheduler;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Notices reach an OA system signed, are retried with backoff, die visibly, and a resend carries the same key. */
@QuarkusTest
class DeliveryTest {

    private static final String SECRET = "s3cr3t-shared-with-oa-0001";

    @Inject
    MutableClock clock;

    @Inject
    ObligationTracker tracker;

    @Inject
    ReminderScheduler scheduler;

    @Inject
    DeliveryDispatcher dispatcher;

    @Inject
    io.quarkus.mailer.MockMailbox mailbox;

    @Inject
    DeliveryConfig config;

    @Inject
    AgroalDataSource dataSource;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void now() {
        clock.setShanghai("2026-03-02T09:00");
    }

    @Test
    void an_overdue_notice_reaches_the_oa_system_signed_over_timestamp_and_body() throws Exception {
        try (OaReceiver oa = new OaReceiver()) {
            register("design", oa.url());
            overdueNodeOf("design");

            dispatcher.runDue();

            assertEquals(1, oa.received().size());
            OaReceiver.Received request = oa.received().get(0);
            String timestamp = request.header(WebhookSignature.TIMESTAMP_HEADER);
            assertEquals(WebhookSignature.sign(SECRET, Long.parseLong(timestamp), request.body()),
                    request.header(WebhookSignature.SIGNATURE_HEADER), "HMAC-SHA256 over timestamp.body");
            assertEquals(String.valueOf(clock.instant().getEpochSecond()), timestamp);
            var body = json.readTree(request.body());
            assertEquals(request.header(WebhookSignature.IDEMPOTENCY_KEY_HEADER), body.get("idempotencyKey").asText());
            assertEquals("OVERDUE", body.get("kind").asText());
            assertEquals("com.handbookflow.notification.deadline-breached", request.header(WebhookSignature.EVENT_TYPE_HEADER));

            dispatcher.runDue();
            assertEquals(1, oa.received().size(), "delivered once");
        }
    }

    @Test
    void a_failing_endpoint_is_retried_with_backoff_then_dead_and_can_be_sent_again() throws Exception {
        try (OaReceiver oa = new OaReceiver()) {
            oa.answer(500);
            register("strategy", oa.url());
            overdueNodeOf("strategy");

            dispatcher.runDue();
            assertEquals(1, oa.received().size());
            clock.advance(Duration.ofSeconds(29));
            dispatcher.runDue();
            assertEquals(1, oa.received().size(), "the first retry waits 30 s");
            clock.advance(Duration.ofSeconds(1));
            dispatcher.runDue();
            assertEquals(2, oa.received().size());
            clock.advance(Duration.ofSeconds(59));
            dispatcher.runDue();
            assertEquals(2, oa.received().size(), "the second retry waits 60 s");
            clock.advance(Duration.ofSeconds(1));
            dispatcher.runDue();
            assertEquals(3, oa.received().size());

            String key = oa.received().get(0).header(WebhookSignature.IDEMPOTENCY_KEY_HEADER);
            String id = given().queryParam("state", "DEAD").queryParam("size", 100).get("/api/v1/webhooks/deliveries")
                    .then().statusCode(200)
                    .body("items.idempotencyKey", hasItem(key))
                    .extract().path("items.find { it.idempotencyKey == '" + key + "' }.id");

            oa.answer(200);
            given().post("/api/v1/webhooks/deliveries/{id}/retry", id).then().statusCode(200)
                    .body("state.code", equalTo("PENDING"));
            dispatcher.runDue();
            assertEquals(4, oa.received().size());
            given().queryParam("state", "DELIVERED").queryParam("size", 100).get("/api/v1/webhooks/deliveries")
                    .then().body("items.idempotencyKey", hasItem(key));
        }
    }

    @Test
    void a_crash_after_sending_and_before_recording_resends_with_the_same_key_once_the_lease_has_run_out() throws Exception {
        try (OaReceiver oa = new OaReceiver()) {
            register("finance", oa.url());
            overdueNodeOf("finance");

            List<DeliveryDispatcher.Claim> claims = dispatcher.claim();
            claims.forEach(dispatcher::send); // the POST went out; the instance died before recording it
            assertEquals(1, oa.received().size());

            dispatcher.runDue();
            assertEquals(1, oa.received().size(), "another instance does not send a delivery claimed within its lease");
            clock.advance(config.claimLease().minusSeconds(1));
            dispatcher.runDue();
            assertEquals(1, oa.received().size(), "nor one second before the lease ends");

            clock.advance(Duration.ofSeconds(1));
            dispatcher.runDue();
            dispatcher.runDue();

            assertEquals(2, oa.received().size(), "sent again once the lease ran out, then recorded");
            assertEquals(1, oa.received().stream().map(r -> r.header(WebhookSignature.IDEMPOTENCY_KEY_HEADER)).distinct().count(),
                    "both carry one key: the OA system applies it once");

            claims.forEach(claim -> dispatcher.record(claim, new DeliveryDispatcher.Outcome(500, "HTTP 500")));
            given().queryParam("state", "DELIVERED").queryParam("size", 100).get("/api/v1/webhooks/deliveries").then()
                    .body("items.idempotencyKey", hasItem(oa.received().get(0).header(WebhookSignature.IDEMPOTENCY_KEY_HEADER)));
        }
    }

    @Test
    void a_sender_does_not_start_a_post_its_lease_would_not_cover_and_hands_the_rest_back() throws Exception {
        try (OaReceiver oa = new OaReceiver()) {
            register("procurement", oa.url());
            overdueNodeOf("procurement");
            overdueNodeOf("procurement");
            // the first POST of the batch takes the whole lease: a second one started now could outlast it
            oa.whileAnswering(request -> clock.advance(config.claimLease()));

            dispatcher.claimAndSendBatch();

            assertEquals(1, oa.received().size(), "the second delivery was not started");
            oa.whileAnswering(request -> { });
            dispatcher.claimAndSendBatch();
            assertEquals(2, oa.received().size(), "handed back, due at once: the next run sends it, no lease to wait");
            assertEquals(2, oa.received().stream().map(r -> r.header(WebhookSignature.IDEMPOTENCY_KEY_HEADER)).distinct().count());
            given().queryParam("state", "DELIVERED").queryParam("size", 100).get("/api/v1/webhooks/deliveries").then()
                    .body("items.findAll { it.idempotencyKey in ['%s', '%s'] }.attempts".formatted(
                            oa.received().get(0).header(WebhookSignature.IDEMPOTENCY_KEY_HEADER),
                            oa.received().get(1).header(WebhookSignature.IDEMPOTENCY_KEY_HEADER)), equalTo(List.of(1, 1)));
        }
    }

    @Test
    void no_database_transaction_is_open_while_the_oa_system_answers() throws Exception {
        try (OaReceiver oa = new OaReceiver()) {
            List<String> seen = new CopyOnWriteArrayList<>();
            oa.whileAnswering(request -> seen.add(whatTheDatabaseHolds(request.header(WebhookSignature.IDEMPOTENCY_KEY_HEADER))));
            register("legal", oa.url());
            overdueNodeOf("legal");

            dispatcher.runDue();

            assertEquals(1, oa.received().size());
            assertEquals(List.of("claim committed, row not locked, no session idle in a transaction on it"), seen);
        }
    }

    /**
     * Asked from a connection of its own while the dispatcher waits for the answer: the claim must be visible
     * (committed), the row free to lock, and no session of this database idle in a transaction that touched it.
     */
    private String whatTheDatabaseHolds(String idempotencyKey) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement claimed = connection.prepareStatement(
                        "select claim_token from webhook_delivery where idempotency_key = ? for update nowait")) {
                    claimed.setString(1, idempotencyKey);
                    try (ResultSet row = claimed.executeQuery()) {
                        if (!row.next() || row.getObject(1) == null) {
                            return "claim not committed";
                        }
                    }
                } catch (SQLException e) {
                    return "row locked by another transaction: " + e.getMessage();
                }
                try (PreparedStatement idle = connection.prepareStatement("""
                        select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
                            and state like 'idle in transaction%' and query ilike '%webhook_delivery%'""");
                     ResultSet count = idle.executeQuery()) {
                    count.next();
                    if (count.getLong(1) > 0) {
                        return count.getLong(1) + " session(s) idle in a transaction on webhook_delivery";
                    }
                }
                return "claim committed, row not locked, no session idle in a transaction on it";
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            return "could not ask: " + e.getMessage();
        }
    }

    @Test
    void a_mailto_endpoint_gets_the_notice_by_e_mail_once() {
        mailbox.clear();
        given().contentType(ContentType.JSON).body(Map.of("department", "technology", "url", "mailto:tech@example.com"))
                .post("/api/v1/webhooks").then().statusCode(201);
        overdueNodeOf("technology");

        dispatcher.runDue();
        dispatcher.runDue();

        var mails = mailbox.getMailsSentTo("tech@example.com");
        assertEquals(1, mails.size());
        org.junit.jupiter.api.Assertions.assertTrue(mails.get(0).getSubject().startsWith("【超时通知】"));
        org.junit.jupiter.api.Assertions.assertTrue(mails.get(0).getText().contains("/OVERDUE"));
    }

    @Test
    void a_failed_delivery_says_why_in_words_an_oa_team_reads_not_in_java_type_names() {
        register("finance", "http://127.0.0.1:9/hooks/closed-port");
        overdueNodeOf("finance");
        dispatcher.runDue();
        given().queryParam("state", "PENDING").queryParam("size", 100).get("/api/v1/webhooks/deliveries").then()
                .statusCode(200)
                .body("items.lastError", hasItem(startsWith("could not connect")))
                .body(not(containsString("Exception")));
    }

    @Test
    void an_http_endpoint_without_a_secret_is_refused() {
        given().contentType(ContentType.JSON).body(Map.of("url", "https://oa.example.com/hook"))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("errors[0].field", equalTo("secret"));
    }

    private static void register(String department, String url) {
        given().contentType(ContentType.JSON).body(Map.of("department", department, "url", url, "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(201).body("department", equalTo(department));
    }

    /**
     * A node of {@code department}, overdue and noticed (which queues the deliveries). Each time another
     * responsible person: a second notice to the same person within five minutes would join their digest.
     */
    private void overdueNodeOf(String department) {
        UUID instance = UUID.randomUUID();
        String person = "u8" + instance.toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> tracker.apply(ScenarioEvents.activated(instance, "TS20260302-2001",
                "PLAN", department, person, shanghai("2026-03-02T09:00"), shanghai("2026-03-02T09:30"), "PT30M")));
        clock.setShanghai("2026-03-02T09:30");
        scheduler.runDue();
    }
}
