package com.handbookflow.project;

import com.handbookflow.core.due.DueScans;
import com.handbookflow.core.event.EventTypes;
import com.handbookflow.core.security.Role;
import com.handbookflow.core.testing.OnAMondayMorning;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.handbookflow.project.ProjectFixtures.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The handbook's project process (跨部门协作项目推进流程), rule by rule, on the worked example 市场活动推广. */
@QuarkusTest
class ProjectProcessTest extends OnAMondayMorning {

    @Inject
    DueScans dueScans;

    @Test
    void a_project_is_numbered_PRJ_year_sequence_and_has_3_working_days_to_align_its_goal() {
        String number = initiate();
        assertTrue(number.matches("PRJ2026\\d{3}"), number);
        get(number).body("currentNode", equalTo("INITIATION"))
                .body("currentDueAt", equalTo("2026-09-10T10:00:00Z"))
                .body("initiatingDepartment", equalTo("marketing"))
                .body("participatingDepartments", contains("design", "technology"))
                .body("status.zh", equalTo("进行中"))
                .body("timeline[0].department", equalTo("marketing"));
    }

    @Test
    void an_administrator_who_initiates_names_the_initiating_department() {
        as("admin1", "管理员", "operations-management", Role.ADMIN).body(initiation("Q3 新品销售额提升20%")).post(BASE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("initiatingDepartment"));
    }

    @Test
    void a_goal_without_a_number_is_refused_and_nothing_is_filed() {
        int before = given().get(BASE).then().statusCode(200).extract().path("totalItems");
        marketing().body(initiation("大幅提升新品销量")).post(BASE).then().statusCode(422)
                .body("type", containsString("goal-not-quantified"))
                .body("titleZh", equalTo("目标未量化"));
        given().get(BASE).then().body("totalItems", equalTo(before));
    }

    @Test
    void the_initiation_closes_only_with_the_minutes_and_every_departments_consent() {
        String number = initiate();
        marketing().post(BASE + "/{n}/initiation/completion", number).then().statusCode(422)
                .body("type", containsString("alignment-minutes-missing"));
        marketing().body(Map.of("meetingDate", "2026-09-07", "departmentsPresent", List.of("marketing", "design"),
                "summary", "目标对齐。")).post(BASE + "/{n}/alignment-minutes", number).then().statusCode(200);
        design().body(Map.of("agreed", true, "comment", "同意参与")).post(BASE + "/{n}/consents", number)
                .then().statusCode(200).body("consents[0].department", equalTo("design"));

        marketing().post(BASE + "/{n}/initiation/completion", number).then().statusCode(422)
                .body("type", containsString("work-items-open"))
                .body("openItems", contains("consent-technology"));
    }

    @Test
    void a_department_that_declines_leaves_the_project() {
        String number = initiate();
        technology().body(Map.of("agreed", false, "comment", "本季度排期已满")).post(BASE + "/{n}/consents", number)
                .then().statusCode(200).body("participatingDepartments", contains("design"));
        technology().get(BASE + "/{n}", number).then().statusCode(404);
    }

    @Test
    void the_team_has_one_leader_from_the_initiating_department_and_one_contact_per_department() {
        String number = aligned();
        Map<String, Object> otherLeader = Map.of("leader", Map.of("userId", "u2001", "department", "design"),
                "contacts", List.of());
        marketing().body(otherLeader).post(BASE + "/{n}/team", number).then().statusCode(422)
                .body("type", containsString("leader-not-of-initiating-department"));
        Map<String, Object> missingContact = Map.of("leader", Map.of("userId", "u1001", "department", "marketing"),
                "contacts", List.of(Map.of("department", "design", "userId", "u2001"),
                        Map.of("department", "design", "userId", "u2002")));
        marketing().body(missingContact).post(BASE + "/{n}/team", number).then().statusCode(422)
                .body("type", containsString("one-contact-per-department"))
                .body("errors.message", hasItem(containsString("technology has 0 contact persons")));
        marketing().body(team()).post(BASE + "/{n}/team", number).then().statusCode(200)
                .body("team.leader.userId", equalTo("u1001"))
                .body("team.contacts.department", contains("design", "technology"));
    }

    @Test
    void a_team_with_an_empty_place_in_its_contacts_is_refused_as_bad_input_and_nothing_is_recorded() {
        String number = aligned();
        Map<String, Object> nullContact = new java.util.HashMap<>();
        nullContact.put("leader", Map.of("userId", "u1001", "department", "marketing"));
        nullContact.put("contacts", java.util.Arrays.asList(Map.of("department", "design", "userId", "u2001"), null));
        marketing().body(nullContact).post(BASE + "/{n}/team", number).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("contacts")));
        given().get(BASE + "/{n}", number).then().statusCode(200).body("team", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void a_task_must_be_smart_no_vague_wording_and_a_deadline() {
        String number = aligned();
        Map<String, Object> vague = task("宣传物料设计", "design", "u2001", "2026-09-10", "2026-09-15", List.of());
        vague.put("deliverableStandard", "尽快完成");
        addTask(number, vague).statusCode(422).body("type", containsString("task-not-smart"))
                .body("errors[0].field", equalTo("deliverableStandard"))
                .body("errors[0].message", containsString("尽快完成"));
        Map<String, Object> asap = task("Design ASAP", "design", "u2001", "2026-09-10", null, List.of());
        addTask(number, asap).statusCode(422).body("errors.field", contains("deadline", "name", "deliverableStandard"));
        given().get(BASE + "/{n}/tasks", number).then().statusCode(200).body("$", empty());
    }

    @Test
    void a_task_starts_only_after_its_predecessors_and_dependencies_form_no_cycle() {
        String number = inProgress();
        taskAct(design(), number, "T2", "start").statusCode(409)
                .body("type", containsString("predecessors-not-done"))
                .body("openPredecessors", contains("T1"));
        marketing().body(task("活动策划方案", "marketing", "u1002", "2026-09-07", "2026-09-09", List.of("T3")))
                .put(BASE + "/{n}/tasks/T1", number).then().statusCode(422)
                .body("type", containsString("task-dependency-cycle"));

        taskAct(marketing(), number, "T1", "start").statusCode(200).body("status.zh", equalTo("进行中"));
        taskAct(marketing(), number, "T1", "completion").statusCode(200).body("status.code", equalTo("DONE"));
        taskAct(design(), number, "T2", "start").statusCode(200).body("waitingFor", empty());
    }

    @Test
    void a_task_past_its_deadline_becomes_delayed_by_itself_and_its_dependents_show_the_knock_on() {
        String number = inProgress();
        taskAct(marketing(), number, "T1", "start").statusCode(200);
        clock.setShanghai("2026-09-09T18:01");
        dueScans.run("task-delay");

        given().get(BASE + "/{n}/tasks/T1", number).then().statusCode(200)
                .body("status.code", equalTo("DELAYED")).body("status.zh", equalTo("延期"))
                .body("holdsUp", contains("T2", "T3"));
        given().get(BASE + "/{n}/tasks/T3", number).then().body("delayedUpstream", contains("T1"));
        as("u5001", "设计主管", "design").queryParam("status", "DELAYED").queryParam("department", "marketing")
                .get(BASE + "/tasks").then().statusCode(200).body("items.key", hasItem("T1"));

        JsonPath escalation = events(number, EventTypes.ESCALATION_RAISED, 1).get(0);
        assertEquals("marketing", escalation.getString("department"));
        JsonPath owed = events(number, EventTypes.OBLIGATION_CHANGED, 8).stream()
                .filter(e -> "task-T1".equals(e.getString("obligationKey"))).findFirst().orElseThrow();
        assertEquals(List.of("PROJECT_TASK", "OPEN", "marketing", "u1002", "2026-09-09T10:00:00Z"),
                List.of(owed.getString("kind"), owed.getString("state"), owed.getString("responsibleDepartment"),
                        owed.getString("responsiblePerson"), owed.getString("dueAt")));
        assertEquals("u1002", escalation.getString("targets[0].code"));
        assertEquals("u1001", escalation.getString("targets[1].code"));
        assertTrue(escalation.getString("reasonZh").contains("受影响的后续任务：T2、T3"));
    }

    @Test
    void the_gantt_chart_draws_table_5_as_it_stands_with_the_delayed_task_and_its_knock_on() {
        String number = inProgress();
        taskAct(marketing(), number, "T1", "start").statusCode(200);
        clock.setShanghai("2026-09-09T18:01");
        dueScans.run("task-delay");

        JsonPath chart = given().get(BASE + "/{n}/gantt", number).then().statusCode(200).extract().jsonPath();
        assertEquals(number, chart.getString("projectNumber"));
        assertEquals(List.of("T1", "T2", "T3"), chart.getList("tasks.key"));
        assertEquals("DELAYED", chart.getString("tasks[0].status.code"));
        String svg = given().accept("image/svg+xml").get(BASE + "/{n}/gantt", number).then().statusCode(200)
                .extract().asString();
        assertTrue(svg.contains("活动策划方案"), "the picture names the delayed task in Chinese");
        as("u9001", "外部门", "finance").get(BASE + "/{n}/gantt", number).then().statusCode(404);
    }

    @Test
    void a_high_risk_is_escalated_at_once_to_the_leader_and_the_supervising_department() {
        String number = inProgress();
        design().body(Map.of("description", "宣传物料设计延期", "level", "HIGH", "impact", "活动上线",
                        "department", "design", "measures", "增派1名设计师", "warningDate", "2026-09-08",
                        "resolveBy", "2026-09-10")).post(BASE + "/{n}/risks", number).then().statusCode(200)
                .body("level.zh", equalTo("高")).body("dueAt", equalTo("2026-09-10T10:00:00Z"));

        JsonPath escalation = events(number, EventTypes.ESCALATION_RAISED, 1).get(0);
        assertEquals(List.of("PERSON:u1001", "DEPARTMENT:operations-management"), escalation.getList("targets",
                Map.class).stream().map(t -> t.get("kind") + ":" + t.get("code")).toList());
        assertTrue(events(number, EventTypes.OBLIGATION_CHANGED, 5).stream()
                .anyMatch(e -> "risk-1".equals(e.getString("obligationKey")) && "OPEN".equals(e.getString("state"))
                        && "2026-09-10T10:00:00Z".equals(e.getString("dueAt"))));
    }

    @Test
    void the_weekly_meeting_is_owed_at_its_fixed_time_and_the_weekly_report_within_24_hours_after() {
        String number = inProgress();
        get(number).body("nextMeetingDueAt", equalTo("2026-09-07T02:00:00Z"))
                .body("currentNode", equalTo("PROGRESS"))
                .body("currentDueAt", equalTo("2026-09-22T10:00:00Z")) // with the latest task deadline
                .body("timeline.find { it.key == 'PROGRESS' }.person", equalTo("u1001"));
        clock.setShanghai("2026-09-07T10:30");
        marketing().body(Map.of("reports", List.of(
                        Map.of("department", "marketing", "progress", "策划方案进行中"),
                        Map.of("department", "design", "progress", "等待策划方案"))))
                .post(BASE + "/{n}/meetings", number).then().statusCode(422)
                .body("missingDepartments", contains("technology"));
        marketing().body(Map.of("reports", List.of(
                        Map.of("department", "marketing", "progress", "策划方案进行中"),
                        Map.of("department", "design", "progress", "等待策划方案", "resourcesNeeded", "增派1名设计师"),
                        Map.of("department", "technology", "progress", "等待物料"))))
                .post(BASE + "/{n}/meetings", number).then().statusCode(200)
                .body("reportDueAt", equalTo("2026-09-08T02:30:00Z"));
        get(number).body("nextMeetingDueAt", equalTo("2026-09-14T02:00:00Z"));

        clock.setShanghai("2026-09-08T11:00");
        marketing().body(Map.of("summary", "本周启动策划。")).post(BASE + "/{n}/meetings/1/weekly-report", number)
                .then().statusCode(200).body("weeklyReport.onTime", equalTo(false));
    }

    @Test
    void the_worked_example_runs_from_initiation_to_retrospective() {
        String number = inProgress();
        for (String key : List.of("T1", "T2", "T3")) {
            var who = key.equals("T1") ? marketing() : key.equals("T2") ? design() : technology();
            taskAct(who, number, key, "start").statusCode(200);
            taskAct(key.equals("T1") ? marketing() : key.equals("T2") ? design() : technology(), number, key,
                    "completion").statusCode(200);
        }
        get(number).body("currentNode", equalTo("ACCEPTANCE"));

        // 验收：the design result is rejected once against its standard, reworked, then accepted
        marketing().body(Map.of("result", "REJECTED", "reason", "易拉宝尺寸不符合交付标准", "newDeadline", "2026-09-11"))
                .post(BASE + "/{n}/tasks/T2/acceptance", number).then().statusCode(200)
                .body("status.code", equalTo("IN_PROGRESS")).body("round", equalTo(2));
        supervisor().body(Map.of()).post(BASE + "/{n}/acceptance/countersignature", number).then().statusCode(422)
                .body("notAccepted", contains("T1", "T2", "T3"));
        taskAct(design(), number, "T2", "completion").statusCode(200);
        for (String key : List.of("T1", "T2", "T3")) {
            marketing().body(Map.of("result", "ACCEPTED", "reason", "符合交付标准"))
                    .post(BASE + "/{n}/tasks/{k}/acceptance", number, key).then().statusCode(200);
        }
        marketing().body(Map.of()).post(BASE + "/{n}/acceptance/countersignature", number).then().statusCode(403);
        supervisor().body(Map.of("comment", "同意验收")).post(BASE + "/{n}/acceptance/countersignature", number)
                .then().statusCode(200).body("currentNode", equalTo("RETROSPECTIVE"))
                .body("countersignature.department", equalTo("operations-management"));

        design().body(Map.of("score", 92)).post(BASE + "/{n}/ratings", number).then().statusCode(200);
        Map<String, Object> blaming = Map.of("wentWell", List.of("周例会及时暴露风险"),
                "processProblems", List.of("王磊交付太慢"));
        marketing().body(blaming).post(BASE + "/{n}/retrospective", number).then().statusCode(422)
                .body("type", containsString("problem-about-a-person"));
        Map<String, Object> report = Map.of("wentWell", List.of("周例会及时暴露风险"),
                "processProblems", List.of("立项时未明确物料数量，导致设计返工"));
        marketing().body(report).post(BASE + "/{n}/retrospective", number).then().statusCode(422)
                .body("unrated", contains("technology"));
        technology().body(Map.of("score", 88)).post(BASE + "/{n}/ratings", number).then().statusCode(200);
        marketing().body(report).post(BASE + "/{n}/retrospective", number).then().statusCode(200)
                .body("status.code", equalTo("COMPLETED")).body("currentNode", nullValue());

        JsonPath completion = events(number, EventTypes.NODE_STATE_CHANGED, 10).stream()
                .filter(e -> "RETROSPECTIVE".equals(e.getString("nodeKey")) && "COMPLETED".equals(e.getString("newState")))
                .findFirst().orElseThrow();
        assertEquals("marketing", completion.getString("responsibleDepartment"));
        assertEquals(List.of(92, 88), completion.getList("attributes.departmentSatisfaction"));
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }
}
