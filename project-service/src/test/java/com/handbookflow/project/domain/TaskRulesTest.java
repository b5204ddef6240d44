package com.handbookflow.project.domain;

import com.handbookflow.core.domain.RuleBrokenException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The handbook's rules on goals and tasks, without a database. */
class TaskRulesTest {

    private static final List<String> VAGUE = List.of("尽快完成", "尽快", "尽早", "ASAP", "as soon as possible");
    private static final LocalDate START = LocalDate.of(2026, 9, 10);

    @Test
    void a_goal_is_quantified_when_it_holds_a_number() {
        assertDoesNotThrow(() -> ProjectRules.requireQuantifiedGoal("Q3 销售额提升20%"));
        assertDoesNotThrow(() -> ProjectRules.requireQuantifiedGoal("新增会员５万"));
        RuleBrokenException refused = assertThrows(RuleBrokenException.class,
                () -> ProjectRules.requireQuantifiedGoal("大幅提升品牌影响力"));
        assertEquals("goal-not-quantified", refused.type());
    }

    @Test
    void vague_wording_is_refused_in_any_case_with_the_field_named() {
        for (String vague : List.of("尽快完成设计", "尽早交付", "deliver asap", "As Soon As Possible")) {
            RuleBrokenException refused = assertThrows(RuleBrokenException.class, () ->
                    ProjectRules.requireSmart("宣传物料设计", vague, START, START.plusDays(5), VAGUE, ""));
            assertEquals("deliverableStandard", refused.errors().get(0).field(), vague);
        }
    }

    @Test
    void a_task_needs_a_deliverable_standard_and_a_deadline_not_before_its_start() {
        RuleBrokenException refused = assertThrows(RuleBrokenException.class, () ->
                ProjectRules.requireSmart("宣传物料设计", " ", START, null, VAGUE, ""));
        assertEquals(List.of("deliverableStandard", "deadline"), refused.errors().stream().map(e -> e.field()).toList());
        RuleBrokenException early = assertThrows(RuleBrokenException.class, () ->
                ProjectRules.requireSmart("宣传物料设计", "海报3张", START, START.minusDays(1), VAGUE, ""));
        assertEquals("deadline", early.errors().get(0).field());
        assertDoesNotThrow(() -> ProjectRules.requireSmart("宣传物料设计", "海报3张", START, START, VAGUE, ""));
    }

    @Test
    void dependencies_must_exist_and_never_lead_back() throws Exception {
        ProjectTask t1 = task(1, List.of());
        ProjectTask t2 = task(2, List.of("T1"));
        ProjectTask t3 = task(3, List.of("T2"));
        TaskGraph graph = new TaskGraph(List.of(t1, t2, t3));

        assertEquals("task-dependency-cycle", assertThrows(RuleBrokenException.class,
                () -> graph.requireAcyclic("T1", List.of("T3"))).type());
        assertEquals("task-dependency-cycle", assertThrows(RuleBrokenException.class,
                () -> graph.requireAcyclic("T2", List.of("T2"))).type());
        assertEquals("unknown-predecessor", assertThrows(RuleBrokenException.class,
                () -> graph.requireAcyclic("T4", List.of("T9"))).type());
        assertDoesNotThrow(() -> graph.requireAcyclic("T4", List.of("T1", "T3")));
    }

    @Test
    void a_delay_is_felt_by_every_task_after_it() throws Exception {
        ProjectTask t1 = task(1, List.of());
        ProjectTask t2 = task(2, List.of("T1"));
        ProjectTask t3 = task(3, List.of("T2"));
        t1.markDelayed(Instant.parse("2026-09-09T10:00:00Z"));
        TaskGraph graph = new TaskGraph(List.of(t1, t2, t3));

        assertEquals(List.of("T2", "T3"), graph.downstream("T1"));
        assertEquals(List.of("T1"), graph.delayedUpstream(t3));
        assertEquals(List.of("T1"), graph.openPredecessors(t2));
        assertEquals(List.of(), graph.delayedUpstream(t1));
    }

    private static ProjectTask task(int seq, List<String> predecessors) throws Exception {
        Constructor<Project> constructor = Project.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        return ProjectTask.plan(constructor.newInstance(), seq, "任务" + seq, "design", "u2001", "王磊", "海报3张",
                START, START.plusDays(3), Instant.parse("2026-09-13T10:00:00Z"), predecessors);
    }
}
