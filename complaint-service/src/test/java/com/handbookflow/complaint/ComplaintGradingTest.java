package com.handbookflow.complaint;

import com.handbookflow.core.testing.OnAMondayMorning;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.handbookflow.complaint.ComplaintFixtures.acknowledgeAndRegister;
import static com.handbookflow.complaint.ComplaintFixtures.act;
import static com.handbookflow.complaint.ComplaintFixtures.agent;
import static com.handbookflow.complaint.ComplaintFixtures.form;
import static com.handbookflow.complaint.ComplaintFixtures.get;
import static com.handbookflow.complaint.ComplaintFixtures.receive;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * 分级标准明确: the grade follows from configured criteria (amount involved above a threshold, several
 * departments, reputational risk, loss to the customer, a repeat complaint); another grade needs its
 * deviation explained.
 */
@QuarkusTest
class ComplaintGradingTest extends OnAMondayMorning {

    private static String registered(String contact) {
        Map<String, Object> body = new HashMap<>(form("LOGISTICS_DELAY", "GENERAL"));
        body.put("contact", contact);
        String number = agent().body(body).post("/api/v1/complaints").then().statusCode(201).extract().path("number");
        acknowledgeAndRegister(number);
        return number;
    }

    private static String registered() {
        return registered(ComplaintFixtures.newContact());
    }

    @Test
    void a_complaint_meeting_a_criterion_is_major_without_the_classifier_naming_the_grade() {
        String number = registered();
        act(number, "classification", Map.of("problemType", "LOGISTICS_DELAY",
                "criteria", List.of("REPUTATIONAL_RISK"))).statusCode(200)
                .body("classification.grade.code", equalTo("MAJOR"))
                .body("classification.derivedGrade.code", equalTo("MAJOR"))
                .body("classification.criteria.code", contains("REPUTATIONAL_RISK"))
                .body("classification.criteria[0].zh", equalTo("影响品牌声誉（媒体、消费者协会、社交平台）"))
                .body("classification.deviationReason", nullValue());
    }

    @Test
    void a_complaint_meeting_no_criterion_is_general() {
        String number = registered();
        act(number, "classification", Map.of("problemType", "LOGISTICS_DELAY", "amountInvolved", 299))
                .statusCode(200)
                .body("classification.grade.code", equalTo("GENERAL"))
                .body("classification.criteria", empty())
                .body("classification.amountInvolved", equalTo(299));
    }

    @Test
    void an_amount_involved_above_the_threshold_makes_the_complaint_major() {
        String number = registered();
        act(number, "classification", Map.of("problemType", "LOGISTICS_DELAY", "amountInvolved", 5000.01))
                .statusCode(200)
                .body("classification.grade.code", equalTo("MAJOR"))
                .body("classification.criteria.code", contains("AMOUNT_INVOLVED"));
    }

    @Test
    void the_amount_criterion_is_met_by_the_amount_not_ticked() {
        String number = registered();
        act(number, "classification", Map.of("problemType", "LOGISTICS_DELAY", "criteria", List.of("AMOUNT_INVOLVED")))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("criteria"));
        get(number).body("currentNode", equalTo("CLASSIFY"));
    }

    @Test
    void a_second_complaint_of_the_same_customer_within_90_days_is_a_repeat_complaint_and_major() {
        clock.setShanghai("2026-08-10T10:00");
        String contact = ComplaintFixtures.newContact();
        registered(contact);
        clock.setShanghai("2026-09-07T09:00");
        String again = registered(contact.replace("-", " "));

        act(again, "classification", Map.of("problemType", "LOGISTICS_DELAY")).statusCode(200)
                .body("classification.grade.code", equalTo("MAJOR"))
                .body("classification.criteria.code", contains("REPEAT_COMPLAINT"));
    }

    @Test
    void a_complaint_of_the_same_customer_after_more_than_90_days_is_not_a_repeat() {
        clock.setShanghai("2026-05-11T10:00");
        String contact = ComplaintFixtures.newContact();
        registered(contact);
        clock.setShanghai("2026-09-07T09:00");
        String again = registered(contact);

        act(again, "classification", Map.of("problemType", "LOGISTICS_DELAY")).statusCode(200)
                .body("classification.grade.code", equalTo("GENERAL"));
    }

    @Test
    void grading_otherwise_than_the_criteria_without_a_reason_is_refused_and_changes_nothing() {
        String number = registered();
        act(number, "classification", Map.of("problemType", "SERVICE_ATTITUDE", "grade", "MAJOR")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://handbookflow.com/problems/grade-deviation-unexplained"))
                .body("derivedGrade", equalTo("GENERAL"))
                .body("errors.field", contains("deviationReason"))
                .body("detailZh", equalTo("满足的分级标准（无）对应一般投诉；定为重大投诉须在 deviationReason 中说明理由"));
        get(number).body("currentNode", equalTo("CLASSIFY")).body("classification", nullValue());
    }

    @Test
    void grading_otherwise_than_the_criteria_with_the_deviation_explained_is_recorded() {
        String number = registered();
        act(number, "classification", Map.of("problemType", "LOGISTICS_DELAY", "criteria", List.of("SEVERAL_DEPARTMENTS"),
                "grade", "GENERAL", "deviationReason", "两部门仅需信息同步，一个工作日内可解决。")).statusCode(200)
                .body("classification.grade.code", equalTo("GENERAL"))
                .body("classification.derivedGrade.code", equalTo("MAJOR"))
                .body("classification.deviationReason", equalTo("两部门仅需信息同步，一个工作日内可解决。"));
    }

    @Test
    void an_unknown_criterion_is_refused_naming_the_known_ones() {
        String number = registered();
        act(number, "classification", Map.of("problemType", "LOGISTICS_DELAY", "criteria", List.of("VIP"))).statusCode(400)
                .body("errors.field", hasItem("criteria"))
                .body("detail", org.hamcrest.Matchers.containsString("REPUTATIONAL_RISK"));
    }

    @Test
    void the_enumerations_list_the_configured_criteria_with_labels_and_how_each_is_met() {
        given().get("/api/v1/complaints/enumerations").then().statusCode(200)
                .body("gradingCriteria.code", hasItem("SEVERAL_DEPARTMENTS"))
                .body("gradingCriteria.find { it.code == 'AMOUNT_INVOLVED' }.amountAbove", equalTo(5000))
                .body("gradingCriteria.find { it.code == 'AMOUNT_INVOLVED' }.zh", equalTo("涉及金额超过 5000 元"))
                .body("gradingCriteria.find { it.code == 'REPEAT_COMPLAINT' }.repeatWithin", equalTo("P90D"))
                .body("gradingCriteria.find { it.code == 'REPUTATIONAL_RISK' }.en",
                        equalTo("Reputational risk (media, consumer association, social platforms)"));
    }
}
