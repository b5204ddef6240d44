package com.handbookflow.notification.deadline;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.event.EscalationRaised;
import com.handbookflow.core.event.EscalationTarget;
import com.handbookflow.core.event.ObligationChanged;
import com.handbookflow.core.obligation.ObligationState;
import com.handbookflow.core.testing.MutableClock;
import com.handbookflow.notification.NotificationLedger;
import com.handbookflow.notification.ScenarioEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.handbookflow.notification.ScenarioEvents.shanghai;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the scenario kit publishes (work items, escalations to named targets) reaches people with no special handling. */
@QuarkusTest
class ScenarioKitNotificationsTest {

    @Inject
    MutableClock clock;

    @Inject
    ReminderScheduler scheduler;

    @Inject
    NotificationLedger ledger;

    private ScenarioEvents events;

    @BeforeEach
    void setUp() {
        clock.setShanghai("2026-03-02T09:00");
        events = new ScenarioEvents();
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void an_overdue_review_row_reaches_its_reviewer_and_the_reviewing_department() {
        UUID launch = UUID.randomUUID();
        events.send(technicalReview(launch, ObligationState.OPEN, "u7301"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(List.of("PLAN_REVIEW/technical:OPEN"), ledger.obligations(launch)));

        clock.setShanghai("2026-03-05T18:00");
        scheduler.runDue();

        assertEquals("OVERDUE RESPONSIBLE u7301", ledger.notices(launch).get(ledger.notices(launch).size() - 1));
        given().queryParam("recipient", "u7301").get("/api/v1/notifications").then().log().ifValidationFails().statusCode(200)
                .body("items.find { it.instanceId == '" + launch + "' && it.kind.code == 'OVERDUE' }.titleZh",
                        containsString("技术方案评审"));
        given().queryParam("department", "technology").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.instanceId == '" + launch + "' }.kind.code", equalTo("OVERDUE"));
    }

    @Test
    void a_signed_review_row_stops_its_reminders() {
        UUID launch = UUID.randomUUID();
        events.send(technicalReview(launch, ObligationState.OPEN, "u7002"));
        events.send(technicalReview(launch, ObligationState.FULFILLED, "u7002"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(List.of("PLAN_REVIEW/technical:CLOSED"), ledger.obligations(launch)));

        clock.setShanghai("2026-03-10T18:00");
        scheduler.runDue();

        assertEquals(List.of(), ledger.notices(launch));
    }

    @Test
    void an_escalation_naming_the_supervising_department_and_the_project_leader_reaches_both_inboxes() {
        UUID project = UUID.randomUUID();
        events.send(new EscalationRaised(UUID.randomUUID(), shanghai("2026-06-16T09:00"), "project", project,
                "PRJ2026001", "PROGRESS", "design", null, "Promotional design is delayed", "宣传设计任务延期",
                Actor.SYSTEM, Map.of())
                .withTargets(List.of(EscalationTarget.department("operations-management"),
                        EscalationTarget.person("u9001"))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(
                List.of("ESCALATION NAMED_DEPARTMENT -", "ESCALATION NAMED_PERSON u9001"), ledger.notices(project)));
        given().queryParam("department", "operations-management").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.instanceId == '" + project + "' }.titleZh", containsString("宣传设计任务延期"));
        given().queryParam("recipient", "u9001").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.instanceId == '" + project + "' }.level.code", equalTo("NAMED_PERSON"));
    }

    @Test
    void a_delayed_project_task_reaches_its_person_and_its_department_inbox() {
        UUID project = UUID.randomUUID();
        Instant opened = shanghai("2026-03-02T09:00");
        Instant deadline = shanghai("2026-03-04T18:00");
        // as project-service publishes a task of table 5 (ProjectObligations.task) ...
        events.send(ObligationChanged.builder()
                .eventId(UUID.randomUUID()).occurredAt(opened)
                .processType("project").instanceId(project).businessNumber("PRJ2026001")
                .obligationKey("task-T2").kind("PROJECT_TASK")
                .nameZh("项目任务：宣传物料设计").nameEn("Project task: 宣传物料设计")
                .state(ObligationState.OPEN).responsibleDepartment("design").responsiblePerson("u7402")
                .dueAt(deadline).calendarVersion("CN-2026.1").actor(Actor.SYSTEM)
                .attributes(Map.of("projectName", "市场活动推广", "initiatingDepartment", "marketing"))
                .build());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(List.of("task-T2:OPEN"), ledger.obligations(project)));
        // ... and its delay scan when the deadline passes: the task is 延期, its department's head is told at once
        events.send(new EscalationRaised(UUID.randomUUID(), deadline, "project", project, "PRJ2026001", "PROGRESS",
                "design", List.of("DEPARTMENT_HEAD"), "Task T2 is delayed", "任务延期：T2「宣传物料设计」截止 2026-03-04 未完成",
                Actor.SYSTEM, Map.of("taskKey", "T2")).withTargets(List.of(EscalationTarget.person("u7402"),
                EscalationTarget.person("u7403"))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(true,
                ledger.notices(project).contains("ESCALATION NAMED_PERSON u7402")));

        clock.setShanghai("2026-03-04T18:00");
        scheduler.runDue();

        assertEquals(true, ledger.notices(project).contains("OVERDUE RESPONSIBLE u7402"), ledger.notices(project).toString());
        given().queryParam("department", "design").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.instanceId == '" + project + "' && it.kind.code == 'OVERDUE' }.titleZh",
                        containsString("宣传物料设计"));
        given().queryParam("recipient", "u7403").get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.instanceId == '" + project + "' }.titleZh", containsString("任务延期"));
    }

    /** The technical row of a launch plan review, as process-core's WorkItems publishes it. */
    private static ObligationChanged technicalReview(UUID instance, ObligationState state, String reviewer) {
        Instant opened = shanghai("2026-03-02T09:00");
        boolean open = state == ObligationState.OPEN;
        return ObligationChanged.builder()
                .eventId(UUID.randomUUID()).occurredAt(open ? opened : shanghai("2026-03-03T11:00"))
                .processType("launch").instanceId(instance).businessNumber("XS20260302-0001")
                .obligationKey("PLAN_REVIEW/technical").kind("WORK_ITEM")
                .nameZh("技术方案评审").nameEn("Technical plan review")
                .state(state).responsibleDepartment("technology").responsiblePerson(reviewer)
                .startedAt(opened).dueAt(shanghai("2026-03-05T18:00"))
                .limit(LimitSpec.ofWorkingDays(3)).calendarVersion("CN-2026.1")
                .completedAt(open ? null : shanghai("2026-03-03T11:00")).onTime(open ? null : Boolean.TRUE)
                .actor(Actor.SYSTEM).attributes(Map.of("nodeKey", "PLAN_REVIEW", "itemKey", "technical", "round", 1))
                .build();
    }
}
