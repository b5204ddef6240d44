package com.handbookflow.launch;

import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.Caller;
import com.handbookflow.core.testing.OnAMondayMorning;
import com.handbookflow.core.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import static com.handbookflow.core.testing.Caller.expect;
import static com.handbookflow.launch.LaunchFixtures.*;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of launch endpoint against the five callers: nobody, another department, the
 * department the act belongs to, a supervisor, an administrator; then the leader's sign-off and the
 * integration account. Each caller acts on a launch of its own, so one success does not move the next.
 */
@QuarkusTest
class LaunchAccessMatrixTest extends OnAMondayMorning {

    private static void matrix(String department, Map<Caller, Integer> expected, Supplier<String> launch,
                               java.util.function.BiFunction<Caller, String, Response> call) {
        for (Caller caller : Caller.values()) {
            String number = launch.get();
            Response response = call.apply(caller, number);
            assertEquals(expected.get(caller), response.statusCode(), caller.name() + " (" + department + ")");
            if (response.statusCode() >= 400) {
                assertTrue(response.contentType().startsWith("application/problem+json"), caller.name());
            }
        }
    }

    @Test
    void a_new_business_is_raised_by_its_originating_department_or_an_administrator() {
        for (Caller caller : Caller.values()) {
            Response response = caller.request("marketing").contentType(ContentType.JSON).body(application())
                    .post("/api/v1/launches");
            assertEquals(expect(401, 403, 201, 403, 201).get(caller), response.statusCode(), caller.name());
        }
    }

    @Test
    void a_launch_is_read_by_the_departments_taking_part_and_oversight_and_not_found_by_others() {
        String number = apply();
        // finance takes part (feasibility, budget review); design does not
        matrix("finance", expect(401, 404, 200, 200, 200), () -> number,
                (caller, n) -> caller.request("finance").get("/api/v1/launches/{n}", n));
        matrix("finance", expect(401, 404, 200, 200, 200), () -> number,
                (caller, n) -> caller.request("finance").get("/api/v1/launches/{n}/archive", n));
        given().auth().oauth2(Tokens.of("vp", "strategy", Role.LEADER)).get("/api/v1/launches/{n}", number)
                .then().statusCode(200);
    }

    @Test
    void no_launch_leaks_through_the_list_to_a_department_outside_the_process() {
        String number = apply();
        List<String> outsider = Caller.WRONG_DEPARTMENT.request("finance").get("/api/v1/launches?size=100")
                .then().statusCode(200).extract().path("items.number");
        List<String> filtered = Caller.WRONG_DEPARTMENT.request("finance")
                .get("/api/v1/launches?department=marketing&size=100").then().statusCode(200).extract().path("items.number");
        List<String> marketingSees = Caller.RIGHT_DEPARTMENT.request("marketing").get("/api/v1/launches?size=100")
                .then().statusCode(200).extract().path("items.number");
        assertFalse(outsider.contains(number));
        assertTrue(filtered.isEmpty());
        assertTrue(marketingSees.contains(number));
        Caller.NO_TOKEN.request("marketing").get("/api/v1/launches").then().statusCode(401);
    }

    @Test
    void a_node_act_belongs_to_the_node_department_not_to_a_department_that_only_takes_part() {
        // WRONG_DEPARTMENT is finance here: it sees the launch (it takes part) but may not submit marketing's application
        matrix("marketing", expect(401, 403, 200, 403, 200), LaunchFixtures::apply,
                (caller, n) -> caller.request("marketing").contentType(ContentType.JSON)
                        .post("/api/v1/launches/{n}/application-submission", n));
        matrix("product", expect(401, 403, 200, 403, 200), LaunchAccessMatrixTest::sentBackForChanges,
                (caller, n) -> caller.request("product").contentType(ContentType.JSON)
                        .body(Map.of("summary", "压缩预算。")).post("/api/v1/launches/{n}/plan-revisions", n));
    }

    private static String sentBackForChanges() {
        String number = feasible();
        reviewAll(number, "PASS", "PASS", "NEEDS_CHANGES");
        return number;
    }

    @Test
    void a_review_row_is_signed_by_its_reviewing_department() {
        matrix("finance", expect(401, 404, 200, 403, 200), LaunchFixtures::feasible,
                (caller, n) -> caller.request("finance").contentType(ContentType.JSON)
                        .body(Map.of("opinion", "PASS")).post("/api/v1/launches/{n}/plan-review/rows/RESOURCE_BUDGET/signature", n));
    }

    @Test
    void the_leader_sign_off_is_for_a_leader_only_not_even_an_administrator() {
        String number = feasible();
        reviewAll(number, "PASS", "PASS", "PASS");
        Function<String, Response> signOff = token -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of()).post("/api/v1/launches/{n}/plan-review/sign-off", number);
        assertEquals(403, signOff.apply(Tokens.admin()).statusCode());
        assertEquals(403, signOff.apply(Tokens.of("head", "product", Role.DEPT_HEAD)).statusCode());
        assertEquals(403, signOff.apply(Tokens.of("auditor", "operations-management", Role.SUPERVISOR)).statusCode());
        assertEquals(200, signOff.apply(Tokens.of("vp", "strategy", Role.LEADER)).statusCode());
    }

    @Test
    void an_integration_account_may_submit_and_read_applications_and_nothing_else() {
        String oa = Tokens.of("oa-system", null, Role.INTEGRATION);
        String number = given().auth().oauth2(oa).contentType(ContentType.JSON).body(application())
                .post("/api/v1/launches").then().statusCode(201).extract().path("number");
        given().auth().oauth2(oa).get("/api/v1/launches/{n}", number).then().statusCode(200);
        given().auth().oauth2(oa).get("/api/v1/launches").then().statusCode(200);
        given().auth().oauth2(oa).contentType(ContentType.JSON)
                .post("/api/v1/launches/{n}/application-submission", number)
                .then().statusCode(403).contentType("application/problem+json");
    }
}
