package com.handbookflow.complaint;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.testing.CalendarYearFeed;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.OwnCalendarProfile;
import com.handbookflow.core.testing.Tokens;
import com.handbookflow.core.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.handbookflow.complaint.ComplaintFixtures.TOPIC;
import static com.handbookflow.complaint.ComplaintFixtures.act;
import static com.handbookflow.complaint.ComplaintFixtures.assigned;
import static com.handbookflow.complaint.ComplaintFixtures.closure;
import static com.handbookflow.complaint.ComplaintFixtures.confirmation;
import static com.handbookflow.complaint.ComplaintFixtures.executed;
import static com.handbookflow.complaint.ComplaintFixtures.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explicit recomputation after next year's calendar was loaded covers the complaint's own
 * obligations, not only its nodes: a customer update owed across New Year's Day (an update interval
 * counted in working days) moves and is published again, so reminders follow; an improvement measure
 * (a date the department named) is not recomputed and keeps the calendar version it was computed with.
 */
@QuarkusTest
@TestProfile(ComplaintCalendarRecomputationTest.WorkingDayUpdates.class)
class ComplaintCalendarRecomputationTest {

    /** Its own application (the loaded year must not reach other tests), customer updates every working day. */
    public static class WorkingDayUpdates extends OwnCalendarProfile {
        public WorkingDayUpdates() {
            super(Map.of("complaint.update-interval", "P1WD"));
        }
    }

    @Inject
    MutableClock clock;
    @Inject
    WorkingDayCalendar calendar;

    @Test
    void a_customer_update_owed_across_new_year_moves_once_2027_is_loaded_and_recomputed_and_a_measure_keeps_its_version() {
        // Thursday 31 December 2026: the next working day is assumed to be Friday 1 January 2027
        clock.setShanghai("2026-12-31T09:00");
        String updating = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        get(updating).body("nextUpdateDueAt", equalTo("2027-01-01T10:00:00Z"));
        String measured = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        executed(measured);
        act(measured, "confirmations", confirmation("SATISFIED", false)).statusCode(200);
        act(measured, "cause-analysis", closure("COURIER", "迅达快递", "2027-01-01")).statusCode(200);
        get(measured).body("closure.improvementMeasures[0].dueAt", equalTo("2027-01-01T10:00:00Z"));

        CalendarYearFeed.load(CalendarYearFeed.CHINA_2027, clock.instant(), calendar);
        // loading the year moves nothing by itself
        get(updating).body("nextUpdateDueAt", equalTo("2027-01-01T10:00:00Z"));

        clock.setShanghai("2026-12-31T10:00");
        JsonPath done = CalendarYearFeed.recompute("2027 schedule published")
                .body("calendarVersion", equalTo("CN-2026.1+CN-2027.1")).extract().jsonPath();

        Map<String, Object> update = done.getMap("changes.find { it.businessNumber == '" + updating
                + "' && it.kind == 'CUSTOMER_UPDATE' }");
        assertEquals("customer-update-1", update.get("key"));
        assertEquals("2027-01-01T10:00:00Z", update.get("previousDueAt"));
        assertEquals("2027-01-04T10:00:00Z", update.get("dueAt"), "New Year's Day is a holiday: Monday 4 January");
        assertEquals("CN-2026.1", update.get("previousCalendarVersion"));
        assertEquals("CN-2026.1+CN-2027.1", update.get("calendarVersion"));
        List<String> measuredKinds = done.getList("changes.findAll { it.businessNumber == '" + measured + "' }.kind");
        assertTrue(!measuredKinds.contains("IMPROVEMENT_MEASURE") && !measuredKinds.contains("CUSTOMER_UPDATE"),
                "a measure's deadline is a date the department named, and the confirmed complaint owes no update: "
                        + measuredKinds);
        get(updating).body("nextUpdateDueAt", equalTo("2027-01-04T10:00:00Z"));
        get(measured).body("closure.improvementMeasures[0].dueAt", equalTo("2027-01-01T10:00:00Z"));

        // published again (OPEN with the new due instant), so notification-service moves its reminders
        List<JsonPath> updates = TopicReader.obligations(TOPIC, updating, "CUSTOMER_UPDATE", 2);
        assertEquals("2027-01-04T10:00:00Z", updates.get(1).getString("dueAt"));
        assertEquals("OPEN", updates.get(1).getString("state"));
        assertEquals("CN-2026.1+CN-2027.1", updates.get(1).getString("calendarVersion"));
        assertEquals("2026-12-31T01:00:00Z", updates.get(1).getString("startedAt"), "from the same start");
        JsonPath measure = TopicReader.obligations(TOPIC, measured, "IMPROVEMENT_MEASURE", 1).get(0);
        assertEquals("CN-2026.1", measure.getString("calendarVersion"));

        // a second recomputation finds nothing left of this complaint computed with the old calendar
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/calendar/recomputations").then().statusCode(201)
                .body("changes.findAll { it.businessNumber == '" + updating + "' }.size()", equalTo(0));
        assertEquals(Instant.parse("2027-01-04T10:00:00Z"), Instant.parse(get(updating).extract().path("nextUpdateDueAt")));
    }
}
