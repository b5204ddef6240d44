package com.handbookflow.complaint;

import com.handbookflow.complaint.review.ReviewObligations;
import com.handbookflow.core.testing.GoldenEvents;
import com.handbookflow.core.testing.MutableClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.complaint.ComplaintFixtures.act;
import static com.handbookflow.complaint.ComplaintFixtures.agent;
import static com.handbookflow.complaint.ComplaintFixtures.closure;
import static com.handbookflow.complaint.ComplaintFixtures.confirmation;
import static com.handbookflow.complaint.ComplaintFixtures.form;
import static com.handbookflow.complaint.ComplaintFixtures.plan;
import static io.restassured.RestAssured.given;

/**
 * The events of one scripted complaint, byte for byte as they leave through the outbox: type, Kafka
 * key, subject and JSON payload, in order. notification-service keys its open obligations by
 * {@code customer-update-N}, {@code monthly-review-yyyy-MM} and the review's instance id, so a change
 * of the service's insides must not change a byte here. Random ids (version 4 UUIDs: event and
 * instance ids) become {@code <uuid-N>} in order of first appearance; name-based ids (the review's
 * instance id) stay as they are, because consumers rely on them.
 *
 * <p>The golden file was recorded from the code before the scenario kit; it changes only for a
 * deliberate change of behaviour, recorded in a commit of its own. To re-record:
 * {@code -Dgolden.record=true}.
 */
@QuarkusTest
class ComplaintEventsGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/complaint-events.txt");
    private static final Map<String, Object> CALL = Map.of("channel", "PHONE", "content", "已联系承运商，明日答复。");

    @Inject
    MutableClock clock;

    @Inject
    ReviewObligations reviews;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_scripted_complaint_and_its_monthly_review_publish_the_recorded_events() throws Exception {
        clock.setShanghai("2026-09-15T09:00");
        String number = agent().body(form("LOGISTICS_DELAY", "GENERAL")).post("/api/v1/complaints")
                .then().statusCode(201).extract().path("number");
        at("2026-09-15T09:05", () -> act(number, "acknowledgement", null).statusCode(200));
        at("2026-09-15T10:00", () -> act(number, "registration", Map.of()).statusCode(200));
        at("2026-09-15T11:00", () -> act(number, "classification", Map.of("problemType", "LOGISTICS_DELAY",
                "grade", "MAJOR", "criteria", List.of("REPUTATIONAL_RISK"), "reason", "大件商品延误超过 5 天。")).statusCode(200));
        at("2026-09-15T14:00", () -> act(number, "assignment", Map.of()).statusCode(200));
        at("2026-09-16T10:00", () -> act(number, "progress-updates", CALL).statusCode(200));
        at("2026-09-16T15:00", () -> act(number, "handling-plans", plan()).statusCode(200));
        at("2026-09-17T10:00", () -> act(number, "execution", Map.of("result", "已退款。")).statusCode(200));
        at("2026-09-17T16:00", () -> act(number, "confirmations", confirmation("DISSATISFIED", true)).statusCode(200));
        at("2026-09-18T10:00", () -> act(number, "handling-plans", plan()).statusCode(200));
        at("2026-09-18T15:00", () -> act(number, "execution", Map.of("result", "已补发并退款。")).statusCode(200));
        at("2026-09-21T10:00", () -> act(number, "confirmations", confirmation("SATISFIED", false)).statusCode(200));
        at("2026-09-21T15:00", () -> act(number, "cause-analysis", closure("COURIER", "迅达快递", "2026-09-30"))
                .statusCode(200));
        at("2026-09-21T16:00", () -> act(number, "closure", null).statusCode(200));
        at("2026-09-24T10:00", () -> act(number, "improvement-measures/1/completion", null).statusCode(200));
        at("2026-10-01T08:00", () -> reviews.openLastMonthsReview());
        at("2026-10-08T10:00", () -> given().contentType(ContentType.JSON)
                .body(Map.of("conclusion", "物流延误集中于一家承运商，已约定时效。"))
                .post("/api/v1/complaints/reviews/2026-09/completion").then().statusCode(204));

        GoldenEvents.assertRecorded(GOLDEN, GoldenEvents.normalised(eventsOf(number, "2026-09")));
    }

    private void at(String shanghai, Runnable act) {
        clock.setShanghai(shanghai);
        act.run();
    }

    /** The complaint's and the review's outbox rows in publication order, one block per event. */
    private String eventsOf(String number, String month) throws SQLException {
        String reviewKey = UUID.nameUUIDFromBytes(("complaint-review/" + month).getBytes(StandardCharsets.UTF_8))
                .toString();
        return GoldenEvents.outboxEvents(dataSource, """
                aggregate_id = ? or aggregate_id in (select id::text from process_instance
                                                     where business_number = ?)""", reviewKey, number);
    }
}
