package com.handbookflow.complaint;

import com.handbookflow.core.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.handbookflow.complaint.ComplaintFixtures.act;
import static com.handbookflow.complaint.ComplaintFixtures.assigned;
import static com.handbookflow.complaint.ComplaintFixtures.closure;
import static com.handbookflow.complaint.ComplaintFixtures.handledAndConfirmed;
import static com.handbookflow.complaint.ComplaintFixtures.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** July 2026: four logistics delays (three by one courier), one product defect, one complaint still open. */
@QuarkusTest
class ComplaintReviewTest {

    private static final String NOW = "2026-07-08T09:00";
    private static boolean ready;

    @Inject
    MutableClock clock;

    @BeforeEach
    void july() {
        if (ready) {
            clock.setShanghai(NOW);
            return;
        }
        ready = true;
        clock.setShanghai("2026-07-06T09:00");
        closed("LOGISTICS_DELAY", "SATISFIED", "COURIER", "迅达快递");
        closed("LOGISTICS_DELAY", "SATISFIED", "COURIER", "迅达快递");
        closed("LOGISTICS_DELAY", "BASICALLY_SATISFIED", "COURIER", "迅达快递");
        closed("LOGISTICS_DELAY", "DISSATISFIED", "COURIER", "顺路物流");
        String defect = closed("PRODUCT_QUALITY", "SATISFIED", "PRODUCT_DEFECT", "压缩机批次");
        act(defect, "improvement-measures/1/completion", null).statusCode(200);

        String late = receive("SERVICE_ATTITUDE", "GENERAL");
        clock.setShanghai("2026-07-06T09:30");
        act(late, "acknowledgement", null).statusCode(200);
        clock.setShanghai(NOW);
    }

    private static String closed(String type, String satisfaction, String category, String detail) {
        String number = assigned(type, "GENERAL", "GENERAL");
        handledAndConfirmed(number, satisfaction);
        ComplaintFixtures.closed(number, closure(category, detail, "2026-07-31")).statusCode(200);
        return number;
    }

    @Test
    void the_review_of_a_month_is_due_by_the_5th_of_the_next_month() {
        given().get("/api/v1/complaints/reviews/2026-07").then().statusCode(200)
                .body("dueBy", equalTo("2026-08-05T10:00:00Z"))
                .body("complete", equalTo(false))
                .body("received", equalTo(6))
                .body("closed", equalTo(5));
    }

    @Test
    void the_review_counts_by_type_grade_channel_and_department() {
        given().get("/api/v1/complaints/reviews/2026-07").then()
                .body("byProblemType[0].value.code", equalTo("LOGISTICS_DELAY"))
                .body("byProblemType[0].value.zh", equalTo("物流延迟"))
                .body("byProblemType[0].count", equalTo(4))
                .body("byProblemType[0].share", equalTo(66.7f))
                .body("byGrade.value.code", contains("GENERAL", "UNGRADED"))
                .body("byChannel[0].count", equalTo(6))
                .body("byDepartment.value.code", contains("logistics", "product", "unassigned"));
    }

    @Test
    void the_review_shows_the_on_time_rate_of_every_node() {
        given().get("/api/v1/complaints/reviews/2026-07").then()
                .body("onTimeByNode[0].nodeKey", equalTo("ACKNOWLEDGE"))
                .body("onTimeByNode[0].completed", equalTo(6))
                .body("onTimeByNode[0].onTime", equalTo(5))
                .body("onTimeByNode[0].rate", equalTo(83.3f))
                .body("onTimeByNode.find { it.nodeKey == 'CLOSE' }.completed", equalTo(5));
    }

    @Test
    void every_follow_up_answer_counts_in_the_satisfaction_score() {
        given().get("/api/v1/complaints/reviews/2026-07").then()
                .body("satisfaction.responses", equalTo(5))
                .body("satisfaction.score", equalTo(76.0f));
    }

    @Test
    void root_causes_come_in_pareto_order_and_answer_whether_one_courier_causes_most_logistics_delays() {
        given().get("/api/v1/complaints/reviews/2026-07").then()
                .body("rootCauses.category.code", contains("COURIER", "PRODUCT_DEFECT"))
                .body("rootCauses[0].share", equalTo(80.0f))
                .body("rootCauses[1].cumulativeShare", equalTo(100.0f))
                .body("rootCauses[0].subCauses[0].detail", equalTo("迅达快递"))
                .body("rootCauses[0].subCauses[0].share", equalTo(75.0f))
                .body("causesByProblemType[0].problemType.code", equalTo("LOGISTICS_DELAY"))
                .body("causesByProblemType[0].causes[0].detail", equalTo("迅达快递"))
                .body("causesByProblemType[0].causes[0].share", equalTo(75.0f));
    }

    @Test
    void a_cause_seen_twice_in_a_month_is_recurring() {
        given().get("/api/v1/complaints/reviews/2026-07").then()
                .body("recurringCauses", hasSize(1))
                .body("recurringCauses[0].detail", equalTo("迅达快递"))
                .body("recurringCauses[0].count", equalTo(3));
    }

    @Test
    void the_review_lists_improvement_measures_and_their_state() {
        given().get("/api/v1/complaints/reviews/2026-07").then()
                .body("improvementMeasures.total", equalTo(5))
                .body("improvementMeasures.done", equalTo(1))
                .body("improvementMeasures.open", equalTo(4))
                .body("improvementMeasures.overdue", equalTo(0))
                .body("improvementMeasures.items", hasSize(5));
    }

    @Test
    void a_month_that_is_not_yyyy_mm_is_refused_naming_it() {
        given().get("/api/v1/complaints/reviews/July").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("month"));
    }
}
