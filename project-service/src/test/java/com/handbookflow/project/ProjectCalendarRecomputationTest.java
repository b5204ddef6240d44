package com.handbookflow.project;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.testing.CalendarYearFeed;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.OwnCalendarProfile;
import com.handbookflow.core.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.handbookflow.project.ProjectFixtures.BASE;
import static com.handbookflow.project.ProjectFixtures.TOPIC;
import static com.handbookflow.project.ProjectFixtures.addTask;
import static com.handbookflow.project.ProjectFixtures.aligned;
import static com.handbookflow.project.ProjectFixtures.get;
import static com.handbookflow.project.ProjectFixtures.marketing;
import static com.handbookflow.project.ProjectFixtures.task;
import static com.handbookflow.project.ProjectFixtures.team;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * project-service takes next year's calendar from {@code notification.events} (process-core's calendar feed)
 * and, on an administrator's explicit recomputation, moves the weekly meeting owed on what turned out to
 * be New Year's Day to the next working day and publishes it again; a task's deadline (a date the leader
 * named) is not recomputed and keeps its calendar version, nor is the progress node due with it.
 */
@QuarkusTest
@TestProfile(ProjectCalendarRecomputationTest.FridayMeetings.class)
class ProjectCalendarRecomputationTest {

    /** Its own application (the loaded year must not reach other tests), the weekly meeting on Fridays. */
    public static class FridayMeetings extends OwnCalendarProfile {
        public FridayMeetings() {
            super(Map.of("project.weekly-meeting.day", "FRIDAY"));
        }
    }

    @Inject
    MutableClock clock;
    @Inject
    WorkingDayCalendar calendar;

    @Test
    void project_service_takes_2027_from_the_feed_and_a_recomputation_moves_the_meeting_off_new_years_day_not_the_task() {
        clock.setShanghai("2026-12-28T09:00");
        deadlineFromTheEndOf2026().body("dueAt", equalTo("2027-01-04T10:00:00Z"))
                .body("calendarCoverage", equalTo("ASSUMED_WEEKDAYS"));
        String number = aligned();
        marketing().body(team()).post(BASE + "/{n}/team", number).then().statusCode(200);
        addTask(number, task("活动策划方案", "marketing", "u1002", "2026-12-28", "2027-01-01", List.of())).statusCode(200);
        marketing().post(BASE + "/{n}/team/completion", number).then().statusCode(200);
        get(number).body("nextMeetingDueAt", equalTo("2027-01-01T02:00:00Z")) // Friday 10:00, assumed a working day
                .body("currentNode", equalTo("PROGRESS")).body("currentDueAt", equalTo("2027-01-01T10:00:00Z"));

        CalendarYearFeed.load(CalendarYearFeed.CHINA_2027, clock.instant(), calendar);
        deadlineFromTheEndOf2026().body("dueAt", equalTo("2027-01-05T10:00:00Z"))
                .body("calendarVersion", equalTo("CN-2026.1+CN-2027.1"))
                .body("calendarCoverage", equalTo("COVERED"));
        get(number).body("nextMeetingDueAt", equalTo("2027-01-01T02:00:00Z")); // loading moves nothing by itself

        JsonPath done = CalendarYearFeed.recompute("2027 schedule published").extract().jsonPath();
        Map<String, Object> meeting = done.getMap("changes.find { it.businessNumber == '" + number
                + "' && it.kind == 'WEEKLY_MEETING' }");
        assertEquals("weekly-meeting-1", meeting.get("key"));
        assertEquals("2027-01-01T02:00:00Z", meeting.get("previousDueAt"));
        assertEquals("2027-01-04T02:00:00Z", meeting.get("dueAt"), "New Year's Day off: Monday 4 January 10:00");
        assertEquals("CN-2026.1+CN-2027.1", meeting.get("calendarVersion"));
        assertFalse(done.getList("changes.findAll { it.businessNumber == '" + number + "' }.kind")
                .contains("PROJECT_TASK"), "a task's deadline is the date the leader named");
        assertFalse(done.getList("changes.findAll { it.businessNumber == '" + number + "' }.kind")
                .contains("NODE"), "the progress node is due with the latest task deadline, a named date too");
        get(number).body("nextMeetingDueAt", equalTo("2027-01-04T02:00:00Z"))
                .body("currentDueAt", equalTo("2027-01-01T10:00:00Z"));
        given().get(BASE + "/{n}/tasks/T1", number).then().statusCode(200).body("dueAt", equalTo("2027-01-01T10:00:00Z"));

        List<JsonPath> meetings = TopicReader.obligations(TOPIC, number, "WEEKLY_MEETING", 2);
        assertEquals("2027-01-04T02:00:00Z", meetings.get(1).getString("dueAt"), "published again: reminders follow");
        assertEquals("OPEN", meetings.get(1).getString("state"));
        assertEquals("CN-2026.1+CN-2027.1", meetings.get(1).getString("calendarVersion"));
        assertEquals("CN-2026.1", TopicReader.obligations(TOPIC, number, "PROJECT_TASK", 1).get(0).getString("calendarVersion"));
    }

    private static ValidatableResponse deadlineFromTheEndOf2026() {
        return given().queryParam("start", "2026-12-30T09:00:00+08:00").queryParam("limit", "P3WD")
                .get("/api/v1/calendar/deadline").then().statusCode(200);
    }
}
