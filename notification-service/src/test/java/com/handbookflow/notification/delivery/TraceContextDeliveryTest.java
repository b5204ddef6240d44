package com.handbookflow.notification.delivery;

import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.tracing.TraceContext;
import com.handbookflow.notification.ScenarioEvents;
import com.handbookflow.notification.deadline.ReminderScheduler;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The trace of the act a scenario service published goes on through notification-service: the webhook POST
 * and the e-mail an applied record causes carry a {@code traceparent} of the record's trace; a reminder the
 * deadline scheduler sends later starts a trace of its own.
 */
@QuarkusTest
class TraceContextDeliveryTest {

    private static final String SECRET = "s3cr3t-shared-with-oa-0001";

    @Inject
    MutableClock clock;

    @Inject
    ReminderScheduler scheduler;

    @Inject
    DeliveryDispatcher dispatcher;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void now() {
        clock.setShanghai("2026-03-02T09:00");
    }

    @Test
    void a_record_with_a_traceparent_leads_to_a_webhook_and_an_e_mail_of_the_same_trace() throws Exception {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        mailbox.clear();
        try (OaReceiver oa = new OaReceiver(); ScenarioEvents events = new ScenarioEvents()) {
            register("quality", oa.url());
            register("quality", "mailto:quality@example.com");

            events.send(ScenarioEvents.majorComplaint(UUID.randomUUID(), "TS20260302-3001", "quality", clock.instant()),
                    Map.of("traceparent", "00-" + trace + "-00f067aa0ba902b7-01", "tracestate", "handbook=complaint"));

            await().atMost(Duration.ofSeconds(30)).until(() -> {
                dispatcher.runDue();
                return !oa.received().isEmpty() && !mailbox.getMailsSentTo("quality@example.com").isEmpty();
            });
            for (OaReceiver.Received post : oa.received()) {
                assertEquals(trace, traceId(post.header("traceparent")), "the escalation's POST continues the act's trace");
                assertEquals("handbook=complaint", post.header("tracestate"));
                assertNotEquals("00f067aa0ba902b7", TraceContext.of(post.header("traceparent"), null).spanContext().getSpanId(),
                        "the delivery is a span of its own");
            }
            var mail = mailbox.getMailsSentTo("quality@example.com").get(0);
            assertEquals(trace, traceId(mail.getHeaders().get("traceparent").get(0)), "the e-mail carries the trace too");
        }
    }

    @Test
    void a_reminder_sent_later_by_the_scheduler_starts_a_new_trace_while_the_obligation_keeps_its_origin() throws Exception {
        String trace = "0af7651916cd43dd8448eb211c80319c";
        UUID instance = UUID.randomUUID();
        try (OaReceiver oa = new OaReceiver(); ScenarioEvents events = new ScenarioEvents()) {
            register("design", oa.url());
            events.send(ScenarioEvents.activated(instance, "TS20260302-3002", "PLAN", "design", "u8trace01",
                            shanghai("2026-03-02T09:00"), shanghai("2026-03-02T09:30"), "PT30M"),
                    Map.of("traceparent", "00-" + trace + "-b7ad6b7169203331-01"));

            List<?> origin = await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                    entityManager.createNativeQuery("select traceparent from obligation where instance_id = :id")
                            .setParameter("id", instance).getResultList()), rows -> !rows.isEmpty());
            assertEquals(trace, traceId((String) origin.get(0)), "the obligation keeps the trace of the act that opened it");

            clock.setShanghai("2026-03-02T09:30");
            scheduler.runDue();
            dispatcher.runDue();

            assertFalse(oa.received().isEmpty());
            String later = traceId(oa.received().get(0).header("traceparent"));
            assertNotEquals(trace, later, "the clock's notice is a new trace (linked to the origin when spans are exported)");
        }
    }

    private static String traceId(String traceparent) {
        TraceContext context = TraceContext.of(traceparent, null);
        assertNotNull(context, "a W3C traceparent: " + traceparent);
        return context.traceId();
    }

    private static void register(String department, String url) {
        given().contentType(ContentType.JSON).body(Map.of("department", department, "url", url, "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(201);
    }
}
