package com.handbookflow.complaint;

import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.Caller;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.core.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.handbookflow.complaint.ComplaintFixtures.assigned;
import static com.handbookflow.complaint.ComplaintFixtures.form;
import static com.handbookflow.complaint.ComplaintFixtures.plan;
import static com.handbookflow.complaint.ComplaintFixtures.receive;
import static com.handbookflow.core.testing.Caller.expect;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every complaint endpoint against the five callers: nobody, another department, the responsible
 * department, a supervisor, an administrator. A logistics-delay complaint belongs to logistics once
 * assigned; customer service (the intake department) sees every complaint; a department head
 * (DEPT_HEAD) also sees the complaints escalated to its department before they are assigned.
 */
@QuarkusTest
class ComplaintAccessMatrixTest {

    private static final String LOGISTICS = "logistics";

    @Inject
    MutableClock clock;

    @BeforeEach
    void workingMorning() {
        clock.setShanghai("2026-09-28T09:00");
    }

    @Test
    void registering_a_complaint_is_for_customer_service_integrations_and_administrators() {
        Map<Caller, Integer> expected = expect(401, 403, 201, 403, 201);
        for (Caller caller : Caller.values()) {
            Response response = caller.request("customer-service").contentType(ContentType.JSON)
                    .body(form("LOGISTICS_DELAY", "GENERAL")).post("/api/v1/complaints");
            assertEquals(expected.get(caller), response.statusCode(), caller.name());
            assertProblemUnlessOk(response);
        }
        given().auth().oauth2(Tokens.of("oa-hotline", null, Role.INTEGRATION)).contentType(ContentType.JSON)
                .body(form("LOGISTICS_DELAY", "GENERAL")).post("/api/v1/complaints").then().statusCode(201);
    }

    @Test
    void an_integration_account_may_register_and_read_complaints_and_add_attachments_and_nothing_else() {
        var hotline = Tokens.of("oa-hotline", null, Role.INTEGRATION);
        String number = given().auth().oauth2(hotline).contentType(ContentType.JSON)
                .body(form("LOGISTICS_DELAY", "GENERAL")).post("/api/v1/complaints")
                .then().statusCode(201).extract().path("number");
        given().auth().oauth2(hotline).get("/api/v1/complaints/{n}", number).then().statusCode(200)
                .body("registration.complainant", equalTo("王芳"));
        // the call recording the hotline holds goes with the complaint
        byte[] mp3 = java.util.Arrays.copyOf(new byte[]{'I', 'D', '3', 4, 0, 0}, 64);
        given().auth().oauth2(hotline).contentType("multipart/form-data")
                .multiPart("file", "来电录音.mp3", mp3, "audio/mpeg").multiPart("slot", "call-recording")
                .post("/api/v1/complaints/{n}/attachments", number).then().statusCode(201)
                .body("slot", equalTo("call-recording"));
        given().auth().oauth2(hotline).get("/api/v1/complaints/{n}/attachments", number).then().statusCode(200)
                .body("totalItems", equalTo(1));
        given().auth().oauth2(hotline).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/complaints/{n}/acknowledgement", number)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(hotline).get("/api/v1/complaints/reviews/2026-08")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void a_complaint_is_seen_by_its_department_and_oversight_and_not_found_by_others() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        Map<Caller, Integer> expected = expect(401, 404, 200, 200, 200);
        for (Caller caller : Caller.values()) {
            Response response = caller.request(LOGISTICS).get("/api/v1/complaints/{n}", number);
            assertEquals(expected.get(caller), response.statusCode(), caller.name());
            assertFalse(response.asString().contains("王芳") && response.statusCode() != 200, caller.name());
        }
    }

    @Test
    void personal_data_is_shown_only_to_customer_service_the_responsible_department_supervisors_and_admins() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");

        Caller.RIGHT_DEPARTMENT.request(LOGISTICS).get("/api/v1/complaints/{n}", number).then().statusCode(200)
                .body("registration.complainant", equalTo("王芳"))
                .body("registration.contact", startsWith("139-"));
        Caller.SUPERVISOR.request(LOGISTICS).get("/api/v1/complaints/{n}", number).then().statusCode(200)
                .body("registration.complainant", equalTo("王芳"));
        given().auth().oauth2(Tokens.of("vp", "operations", Role.LEADER))
                .get("/api/v1/complaints/{n}", number).then().statusCode(200)
                .body("number", equalTo(number))
                .body("registration.complainant", nullValue())
                .body("registration.contact", nullValue());
    }

    @Test
    void a_department_head_sees_a_complaint_escalated_to_it_before_it_is_assigned() {
        String number = ComplaintEscalationTest.majorLogisticsComplaint();

        ComplaintEscalationTest.headOf("logistics").get("/api/v1/complaints/{n}", number).then().statusCode(200)
                .body("currentNode", equalTo("ASSIGN"))
                .body("registration.complainant", nullValue());   // personal data once its department handles it
        ComplaintEscalationTest.headOf("logistics").get("/api/v1/complaints?size=100").then().statusCode(200)
                .body("items.number", hasItem(number));
        ComplaintEscalationTest.staffOf("logistics").get("/api/v1/complaints/{n}", number).then().statusCode(404);
        ComplaintEscalationTest.headOf("product").get("/api/v1/complaints/{n}", number).then().statusCode(404);
        ComplaintEscalationTest.headOf("product").get("/api/v1/complaints?size=100").then().statusCode(200)
                .body("items.number", not(hasItem(number)));
    }

    @Test
    void no_complaint_of_another_department_leaks_through_a_list_or_a_filter() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");

        List<String> outsiderSees = Caller.WRONG_DEPARTMENT.request(LOGISTICS).get("/api/v1/complaints?size=100")
                .then().statusCode(200).extract().path("items.number");
        List<String> outsiderFilters = Caller.WRONG_DEPARTMENT.request(LOGISTICS)
                .get("/api/v1/complaints?department=logistics&size=100")
                .then().statusCode(200).extract().path("items.number");
        List<String> logisticsSees = Caller.RIGHT_DEPARTMENT.request(LOGISTICS)
                .get("/api/v1/complaints?department=logistics&size=100")
                .then().statusCode(200).extract().path("items.number");

        assertFalse(outsiderSees.contains(number));
        assertTrue(outsiderFilters.isEmpty());
        assertTrue(logisticsSees.contains(number));
        Caller.NO_TOKEN.request(LOGISTICS).get("/api/v1/complaints").then().statusCode(401);
    }

    @Test
    void the_handling_plan_is_submitted_only_by_the_responsible_department_or_an_administrator() {
        Map<Caller, Integer> expected = expect(401, 404, 200, 403, 200);
        for (Caller caller : Caller.values()) {
            String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
            Response response = caller.request(LOGISTICS).contentType(ContentType.JSON).body(plan())
                    .post("/api/v1/complaints/{n}/handling-plans", number);
            assertEquals(expected.get(caller), response.statusCode(), caller.name());
            assertProblemUnlessOk(response);
        }
    }

    @Test
    void customer_service_may_see_a_complaint_but_is_told_which_department_submits_its_plan() {
        String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
        ComplaintFixtures.agent().body(plan()).post("/api/v1/complaints/{n}/handling-plans", number)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("allowedDepartments[0]", equalTo(LOGISTICS));
    }

    @Test
    void classification_is_for_customer_service_and_administrators() {
        Map<Caller, Integer> expected = expect(401, 404, 200, 403, 200);
        for (Caller caller : Caller.values()) {
            String number = receive("LOGISTICS_DELAY", "GENERAL");
            ComplaintFixtures.acknowledgeAndRegister(number);
            Response response = caller.request("customer-service").contentType(ContentType.JSON)
                    .body(Map.of("problemType", "LOGISTICS_DELAY", "grade", "GENERAL", "reason", "单一客户"))
                    .post("/api/v1/complaints/{n}/classification", number);
            assertEquals(expected.get(caller), response.statusCode(), caller.name());
        }
    }

    @Test
    void updates_to_the_customer_come_from_customer_service_or_the_responsible_department() {
        Map<Caller, Integer> expected = expect(401, 404, 200, 403, 200);
        for (Caller caller : Caller.values()) {
            String number = assigned("LOGISTICS_DELAY", "GENERAL", "GENERAL");
            Response response = caller.request(LOGISTICS).contentType(ContentType.JSON)
                    .body(Map.of("channel", "PHONE", "content", "已联系承运商加急。"))
                    .post("/api/v1/complaints/{n}/progress-updates", number);
            assertEquals(expected.get(caller), response.statusCode(), caller.name());
        }
    }

    @Test
    void the_monthly_review_is_for_customer_service_and_oversight() {
        Map<Caller, Integer> expected = expect(401, 403, 200, 200, 200);
        for (Caller caller : Caller.values()) {
            Response response = caller.request("customer-service").get("/api/v1/complaints/reviews/2026-09");
            assertEquals(expected.get(caller), response.statusCode(), caller.name());
        }
    }

    @Test
    void the_enumerations_are_for_every_signed_in_user() {
        Map<Caller, Integer> expected = expect(401, 200, 200, 200, 200);
        for (Caller caller : Caller.values()) {
            assertEquals(expected.get(caller),
                    caller.request(LOGISTICS).get("/api/v1/complaints/enumerations").statusCode(), caller.name());
        }
    }


    private static void assertProblemUnlessOk(Response response) {
        if (response.statusCode() >= 400) {
            response.then().contentType("application/problem+json").body("status", equalTo(response.statusCode()))
                    .body("detail", not(nullValue()));
        }
    }
}
