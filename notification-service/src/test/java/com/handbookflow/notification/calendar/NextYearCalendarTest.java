package com.handbookflow.notification.calendar;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.event.EventTypes;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.Tokens;
import com.handbookflow.core.testing.TopicReader;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each November the State Council publishes next year's schedule; an administrator loads it here without
 * a release. It is checked, stored as a new calendar version and published to every service; until it is
 * loaded (and a deadline recomputed), a deadline running into that year says it assumed plain weekdays,
 * and supervision lists it.
 * <p>
 * A profile of its own: the year it loads must not change the calendar the other tests count on.
 */
@QuarkusTest
@TestProfile(NextYearCalendarTest.OwnCalendar.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NextYearCalendarTest {

    public static class OwnCalendar implements QuarkusTestProfile {
    }

    static final Map<String, Object> SCHEDULE_2027 = Map.of(
            "source", "国务院办公厅关于2027年部分节假日安排的通知",
            "holidays", List.of(
                    Map.of("date", "2027-01-01", "nameZh", "元旦", "nameEn", "New Year's Day"),
                    Map.of("date", "2027-02-06", "nameZh", "春节", "nameEn", "Spring Festival")),
            "makeUpWorkingDays", List.of(
                    Map.of("date", "2027-02-20", "nameZh", "春节调休上班", "nameEn", "Spring Festival make-up working day")));

    @Inject
    MutableClock clock;

    @Inject
    WorkingDayCalendar calendar;

    private ScenarioEvents events;

    @BeforeEach
    void setUp() {
        clock.setShanghai("2026-11-27T10:00");
        events = new ScenarioEvents();
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    @Order(1)
    void a_schedule_with_dates_outside_the_year_or_a_day_both_holiday_and_make_up_day_is_refused_naming_the_dates() {
        Map<String, Object> wrong = Map.of(
                "holidays", List.of(
                        Map.of("date", "2026-12-31", "nameZh", "元旦", "nameEn", "New Year's Day"),
                        Map.of("date", "2027-02-06", "nameZh", "春节", "nameEn", "Spring Festival")),
                "makeUpWorkingDays", List.of(
                        Map.of("date", "2027-02-06", "nameZh", "调休", "nameEn", "Make-up day"),
                        Map.of("date", "2027-02-08", "nameZh", "调休", "nameEn", "Make-up day")));

        given().contentType(ContentType.JSON).body(wrong).put("/api/v1/calendar/years/2027")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("2026-12-31"))
                .body("detail", containsString("2027-02-06"))
                .body("detailZh", containsString("未发布"))
                .body("errors.field", contains("holidays[0].date", "makeUpWorkingDays[0].date", "makeUpWorkingDays[1].date"))
                .body("errors[1].message", containsString("both a holiday and a make-up working day"))
                .body("errors[2].message", containsString("MONDAY"));
        given().contentType(ContentType.JSON).body(SCHEDULE_2027).put("/api/v1/calendar/years/20x7")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        given().auth().oauth2(Tokens.of("s1", "quality", Role.SUPERVISOR)).contentType(ContentType.JSON)
                .body(SCHEDULE_2027).put("/api/v1/calendar/years/2027")
                .then().statusCode(403).contentType("application/problem+json");

        given().get("/api/v1/calendar/years").then().statusCode(200).body("size()", equalTo(0));
        assertTrue(!calendar.coveredYears().contains(2027), "nothing was loaded");
    }

    @Test
    @Order(2)
    void a_deadline_into_an_unloaded_year_says_so_until_the_year_is_published_and_the_deadline_recomputed() {
        UUID complaint = UUID.randomUUID();
        // computed by complaint-service without 2027: Friday Jan 1 counted as a working day
        NodeStateChanged plan = ScenarioEvents.activated(complaint, "TS20261230-0001", "PLAN", "product", "u1001",
                shanghai("2026-12-30T09:00"), shanghai("2027-01-04T18:00"), "P3WD");
        events.send(plan);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/supervision/assumed-calendar-deadlines").then().statusCode(200)
                        .body("items.businessNumber", contains("TS20261230-0001"))
                        .body("items[0].calendarCoverage", equalTo("ASSUMED_WEEKDAYS"))
                        .body("items[0].calendarVersion", equalTo("CN-2026.1")));
        given().get("/api/v1/deadlines?scenario=complaint").then().statusCode(200)
                .body("items[0].calendarCoverage", equalTo("ASSUMED_WEEKDAYS"));
        given().auth().oauth2(Tokens.of("u1001", "product", Role.STAFF))
                .get("/api/v1/supervision/assumed-calendar-deadlines").then().statusCode(403);

        try (TopicReader topic = TopicReader.of("notification.events")) {
            given().contentType(ContentType.JSON).body(SCHEDULE_2027).put("/api/v1/calendar/years/2027")
                    .then().statusCode(201)
                    .body("version", equalTo("CN-2027.1"))
                    .body("publishedBy", equalTo("admin"))
                    .body("holidays.date", hasItems("2027-01-01", "2027-02-06"));
            ConsumerRecord<String, String> published = topic.await(r -> EventTypes.CALENDAR_YEAR_PUBLISHED.equals(
                    header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
            assertTrue(published.value().contains("CN-2027.1"), published.value());
        }
        assertEquals("CN-2026.1+CN-2027.1", calendar.version(), "notification-service counts the new year at once");

        // complaint-service recomputes on request and publishes the node's normal event with the new version
        NodeStateChanged recomputed = ScenarioEvents.reassigned(plan, "u1001", shanghai("2027-01-05T18:00"),
                shanghai("2026-11-27T10:05"));
        events.send(recomputed.toBuilder().calendarVersion("CN-2026.1+CN-2027.1").build());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/supervision/assumed-calendar-deadlines").then().statusCode(200)
                        .body("totalItems", equalTo(0)));
        given().get("/api/v1/deadlines?scenario=complaint").then().statusCode(200)
                .body("items[0].calendarCoverage", equalTo("COVERED"))
                .body("items[0].dueAt", equalTo("2027-01-05T10:00:00Z"));

        // a correction of the same year is the next version
        given().contentType(ContentType.JSON).body(SCHEDULE_2027).put("/api/v1/calendar/years/2027")
                .then().statusCode(201).body("version", equalTo("CN-2027.2"));
        given().get("/api/v1/calendar/years").then().statusCode(200)
                .body("version", contains("CN-2027.2", "CN-2027.1"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
