package com.handbookflow.complaint;

import com.handbookflow.complaint.review.ReviewObligations;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ComplaintReviewObligationTest {

    @Inject
    MutableClock clock;

    @Inject
    ReviewObligations obligations;

    @Test
    void the_review_of_a_month_is_owed_from_the_1st_and_due_by_the_5th_of_the_next_month_and_opened_once() {
        clock.setShanghai("2026-11-01T08:00");
        obligations.openLastMonthsReview();
        obligations.openLastMonthsReview();

        List<ConsumerRecord<String, String>> events = eventsOf("2026-10", 1);
        JsonPath opened = JsonPath.from(events.get(0).value());
        assertEquals("OPEN", opened.getString("state"));
        assertEquals("MONTHLY_REVIEW", opened.getString("kind"));
        assertEquals("customer-service", opened.getString("responsibleDepartment"));
        assertEquals("2026-11-05T10:00:00Z", opened.getString("dueAt")); // Thursday 5 November, 18:00 Shanghai
        assertEquals(1, eventsOf("2026-10", 1).stream().filter(r -> r.value().contains("\"OPEN\"")).count());
    }

    @Test
    void recording_the_review_held_meets_the_obligation_once() {
        clock.setShanghai("2026-09-01T08:00");
        obligations.openLastMonthsReview();
        clock.setShanghai("2026-09-03T16:00");

        given().contentType(ContentType.JSON).body(Map.of("conclusion", "物流延误多为一家承运商，已约定时效。"))
                .post("/api/v1/complaints/reviews/2026-08/completion").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("conclusion", "again"))
                .post("/api/v1/complaints/reviews/2026-08/completion").then().statusCode(409)
                .contentType("application/problem+json");

        JsonPath fulfilled = JsonPath.from(eventsOf("2026-08", 2).get(1).value());
        assertEquals("FULFILLED", fulfilled.getString("state"));
        assertEquals(true, fulfilled.getBoolean("onTime"));
    }

    @Test
    void a_review_due_on_a_public_holiday_is_due_on_the_next_working_day() {
        // October 5 is in the National Day holidays (Oct 1-7): the September review is due Thursday October 8, 18:00.
        clock.setShanghai("2026-10-02T10:00");
        given().get("/api/v1/complaints/reviews/2026-09").then().statusCode(200)
                .body("dueBy", equalTo("2026-10-08T10:00:00Z"));
    }

    @Test
    void a_review_cannot_be_held_before_its_month_is_over() {
        clock.setShanghai("2026-12-20T10:00");
        given().contentType(ContentType.JSON).body(Map.of("conclusion", "太早"))
                .post("/api/v1/complaints/reviews/2026-12/completion").then().statusCode(409)
                .body("type", equalTo("https://handbookflow.com/problems/month-not-over"));
    }

    private static List<ConsumerRecord<String, String>> eventsOf(String month, int count) {
        String key = UUID.nameUUIDFromBytes(("complaint-review/" + month).getBytes(StandardCharsets.UTF_8)).toString();
        try (TopicReader topic = TopicReader.of(ComplaintFixtures.TOPIC)) {
            return topic.awaitKey(key, count, Duration.ofSeconds(20));
        }
    }
}
