package com.handbookflow.launch.calendar;

import com.handbookflow.core.testing.CalendarYearFeed;
import com.handbookflow.core.testing.OwnCalendarProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A scenario service takes next year's calendar from {@code notification.events} (process-core's calendar
 * feed): before, a deadline into 2027 counts New Year's Day as a working day and says it assumed weekdays;
 * after, it skips the holiday under the new calendar version.
 * A profile of its own ({@link OwnCalendarProfile}): the year must not reach the other tests' calendar.
 */
@QuarkusTest
@TestProfile(OwnCalendarProfile.class)
class NextYearCalendarFeedTest {

    @Test
    void launch_service_counts_next_years_holidays_once_notification_service_published_them() {
        deadlineFromTheEndOf2026().body("dueAt", equalTo("2027-01-04T10:00:00Z"))
                .body("calendarCoverage", equalTo("ASSUMED_WEEKDAYS"));

        CalendarYearFeed.send(CalendarYearFeed.published(CalendarYearFeed.CHINA_2027, Instant.parse("2026-11-27T02:00:00Z")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> deadlineFromTheEndOf2026()
                .body("dueAt", equalTo("2027-01-05T10:00:00Z"))
                .body("calendarVersion", equalTo("CN-2026.1+CN-2027.1"))
                .body("calendarCoverage", equalTo("COVERED")));
    }

    private static io.restassured.response.ValidatableResponse deadlineFromTheEndOf2026() {
        return given().queryParam("start", "2026-12-30T09:00:00+08:00").queryParam("limit", "P3WD")
                .get("/api/v1/calendar/deadline").then().statusCode(200);
    }
}
