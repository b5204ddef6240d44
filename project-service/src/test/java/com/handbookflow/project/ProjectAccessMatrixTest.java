package com.handbookflow.project;

import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.Caller;
import com.handbookflow.core.testing.OnAMondayMorning;
import com.handbookflow.core.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.handbookflow.core.testing.Caller.expect;
import static com.handbookflow.project.ProjectFixtures.*;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Project endpoints against the five callers: nobody, another department (finance, not in the
 * project), the department the act belongs to, a supervisor of the supervising department, an
 * administrator; then a department that takes part and the OA integration account.
 */
@QuarkusTest
class ProjectAccessMatrixTest extends OnAMondayMorning {

    @Test
    void a_project_is_filed_by_its_initiating_department_or_an_administrator() {
        Map<String, Object> body = new HashMap<>(initiation("Q3 新品销售额提升20%"));
        body.put("initiatingDepartment", "marketing");
        Map<Caller, Integer> expected = expect(401, 403, 201, 403, 201);
        for (Caller caller : Caller.values()) {
            Response response = caller.request("marketing").contentType(ContentType.JSON).body(body).post(BASE);
            assertEquals(expected.get(caller), response.statusCode(), caller.name());
            problemWhenRefused(caller, response);
        }
    }

    @Test
    void a_project_is_read_by_the_departments_taking_part_and_oversight_and_not_found_by_others() {
        String number = initiate();
        Map<Caller, Integer> expected = expect(401, 404, 200, 200, 200);
        for (Caller caller : Caller.values()) {
            Response response = caller.request("marketing").get(BASE + "/{n}", number);
            assertEquals(expected.get(caller), response.statusCode(), caller.name());
            problemWhenRefused(caller, response);
        }
        design().get(BASE + "/{n}", number).then().statusCode(200);
        design().get(BASE + "/{n}/tasks", number).then().statusCode(200);
        given().auth().oauth2(Tokens.of("vp", "strategy", Role.LEADER)).get(BASE + "/{n}", number).then().statusCode(200);
    }

    @Test
    void no_project_leaks_through_the_lists_to_a_department_outside_it() {
        String number = inProgress();
        List<String> outsider = Caller.WRONG_DEPARTMENT.request("marketing").get(BASE + "?size=100")
                .then().statusCode(200).extract().path("items.number");
        List<String> designSees = design().get(BASE + "?size=100").then().statusCode(200).extract().path("items.number");
        List<String> outsiderTasks = Caller.WRONG_DEPARTMENT.request("marketing").get(BASE + "/tasks?size=100")
                .then().statusCode(200).extract().path("items.projectNumber");
        assertFalse(outsider.contains(number));
        assertTrue(designSees.contains(number));
        assertFalse(outsiderTasks.contains(number));
    }

    @Test
    void a_task_is_worked_by_its_department_or_person_only() {
        Map<Caller, Integer> expected = expect(401, 404, 200, 403, 200);
        for (Caller caller : Caller.values()) {
            String number = inProgress();
            Response response = caller.request("marketing").post(BASE + "/{n}/tasks/T1/start", number);
            assertEquals(expected.get(caller), response.statusCode(), caller.name());
            problemWhenRefused(caller, response);
        }
        String number = inProgress();
        design().post(BASE + "/{n}/tasks/T1/start", number).then().statusCode(403);
        as("u1002", "陈静", "strategy").post(BASE + "/{n}/tasks/T1/start", number).then().statusCode(404);
    }

    @Test
    void tasks_are_planned_by_the_initiating_department_not_by_a_participating_one() {
        String number = aligned();
        design().body(task("宣传物料设计", "design", "u2001", "2026-09-10", "2026-09-15", List.of()))
                .post(BASE + "/{n}/tasks", number).then().statusCode(403);
        design().post(BASE + "/{n}/team/completion", number).then().statusCode(403);
    }

    @Test
    void the_integration_account_files_and_reads_projects_and_nothing_else() {
        var integration = given().contentType(ContentType.JSON).auth().oauth2(Tokens.of("oa", null, Role.INTEGRATION));
        Map<String, Object> body = new HashMap<>(initiation("Q3 新品销售额提升20%"));
        body.put("initiatingDepartment", "marketing");
        String number = integration.body(body).post(BASE).then().statusCode(201).extract().path("number");
        given().auth().oauth2(Tokens.of("oa", null, Role.INTEGRATION)).get(BASE + "/{n}", number).then().statusCode(200);
        given().contentType(ContentType.JSON).auth().oauth2(Tokens.of("oa", null, Role.INTEGRATION))
                .body(Map.of("agreed", true, "department", "design")).post(BASE + "/{n}/consents", number)
                .then().statusCode(403);
    }

    private static void problemWhenRefused(Caller caller, Response response) {
        if (response.statusCode() >= 400) {
            assertTrue(response.contentType().startsWith("application/problem+json"), caller.name());
        }
    }
}
