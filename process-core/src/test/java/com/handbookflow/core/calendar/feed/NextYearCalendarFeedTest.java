package com.handbookflow.core.calendar.feed;

import com.handbookflow.core.calendar.CalendarCoverage;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.rest.NodeView;
import com.handbookflow.core.engine.rest.NodeViews;
import com.handbookflow.core.event.CalendarYearPublished;
import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.CalendarYearFeed;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.OwnCalendarProfile;
import com.handbookflow.core.testing.Tokens;
import com.handbookflow.core.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Next year's calendar reaches a service through Kafka: new deadlines count its holidays under the new
 * version, deadlines computed before keep theirs (and say they assumed weekdays) until an administrator
 * asks for a recomputation, which is recorded and publishes each moved deadline's normal event.
 * <p>
 * A profile of its own: the year it loads must not change the calendar the other tests count on.
 */
@QuarkusTest
@TestProfile(NextYearCalendarFeedTest.OwnCalendar.class)
class NextYearCalendarFeedTest {

    /** Its own topic too, so the events it reads are its own. */
    public static class OwnCalendar extends OwnCalendarProfile {
        public OwnCalendar() {
            super(Map.of("handbook.events.topic", "test.calendar-feed.node-state"));
        }
    }

    @Inject
    ProcessEngine engine;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    EntityManager entityManager;

    @Inject
    MutableClock clock;

    private static final Actor ALICE = new Actor("u1", "Alice", "marketing");

    @Test
    void next_year_is_used_for_new_deadlines_and_old_ones_are_recomputed_only_on_request() {
        clock.setShanghai("2026-12-30T09:00");
        UUID before = start();
        assertEquals(Instant.parse("2027-01-04T10:00:00Z"), activeNode(before).dueAt()); // Jan 1 assumed a working day
        assertEquals(CalendarCoverage.ASSUMED_WEEKDAYS, view(before).calendarCoverage());

        CalendarYearPublished published = CalendarYearFeed.load(CalendarYearFeed.CHINA_2027, clock.instant(), calendar);

        UUID after = start();
        assertEquals(Instant.parse("2027-01-05T10:00:00Z"), activeNode(after).dueAt()); // New Year's Day skipped
        assertEquals("CN-2026.1+CN-2027.1", activeNode(after).calendarVersion());
        assertEquals(CalendarCoverage.COVERED, view(after).calendarCoverage());
        // the deadline computed before keeps its version until someone asks for a recomputation
        assertEquals("CN-2026.1", activeNode(before).calendarVersion());
        assertEquals(Instant.parse("2027-01-04T10:00:00Z"), activeNode(before).dueAt());

        CalendarYearFeed.send(published); // a redelivery changes nothing
        clock.setShanghai("2026-12-30T10:00");
        given().auth().oauth2(Tokens.of("u1", "marketing", Role.STAFF)).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/calendar/recomputations").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "2027 schedule published"))
                .post("/api/v1/calendar/recomputations").then().statusCode(201)
                .body("requestedBy", equalTo("admin"))
                .body("calendarVersion", equalTo("CN-2026.1+CN-2027.1"))
                .body("examined", equalTo(1))
                .body("changed", equalTo(1))
                .body("changes[0].key", equalTo("DRAFT"))
                .body("changes[0].previousDueAt", equalTo("2027-01-04T10:00:00Z"))
                .body("changes[0].dueAt", equalTo("2027-01-05T10:00:00Z"));

        assertEquals(Instant.parse("2027-01-05T10:00:00Z"), activeNode(before).dueAt());
        assertEquals(CalendarCoverage.COVERED, view(before).calendarCoverage());
        assertEquals(1L, count("select count(*) from calendar_year where version = 'CN-2027.1'"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/calendar/recomputations").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].reason", equalTo("2027 schedule published"));
        try (TopicReader topic = TopicReader.of("test.calendar-feed.node-state")) {
            var moved = topic.awaitKey(before.toString(), 2, Duration.ofSeconds(30)).get(1);
            assertTrue(moved.value().replace(" ", "").contains("\"dueAt\":\"2027-01-05T10:00:00Z\""), moved.value());
            assertTrue(moved.value().contains("CN-2026.1+CN-2027.1"), moved.value());
        }
    }

    private UUID start() {
        return QuarkusTransaction.requiringNew().call(() -> engine.start("approval",
                "AP-" + UUID.randomUUID().toString().substring(0, 8), Map.of(), ALICE,
                com.handbookflow.core.engine.Activation.DEFAULT).id());
    }

    private NodeInstance activeNode(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> engine.load(id).activeNode().orElseThrow());
    }

    private NodeView view(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var instance = engine.load(id);
            return NodeViews.timeline(engine.definition(instance), instance, clock.instant()).get(0);
        });
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
