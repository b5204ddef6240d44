package com.handbookflow.project.gantt;

import com.handbookflow.core.calendar.DayKind;
import com.handbookflow.core.calendar.DayView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.handbookflow.project.gantt.HandbookCampaign.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of the chart, on the handbook's campaign across National Day 2026 (see {@link HandbookCampaign}). */
class GanttChartServiceTest {

    @Test
    void a_task_late_across_national_day_is_late_only_by_the_working_days_after_the_holiday() {
        GanttChart.Task design = task(chart(), "T2");

        assertTrue(design.overdue());
        // due Sep 30; Oct 1-7 are holidays; Oct 8 and today Oct 9 are the working days it is late
        assertEquals(2, design.workingDaysLate());
        assertEquals(date("2026-10-09"), design.projectedFinish(), "it cannot finish before today");
        assertEquals("DELAYED", design.status().code());
        assertEquals("延期", design.status().zh());
        assertEquals(60, design.progressPercent());
    }

    @Test
    void a_pending_task_is_pushed_by_its_late_predecessor_to_the_make_up_saturday_and_keeps_its_working_days() {
        GanttChart.Task page = task(chart(), "T3");

        assertEquals(6, page.plannedWorkingDays(), "Oct 8, 9, 10 (make-up Saturday), 12, 13, 14");
        assertEquals(date("2026-10-10"), page.projectedStart(), "the working day after T2 can finish today");
        assertEquals(date("2026-10-16"), page.projectedFinish(), "six working days from Oct 10");
        assertEquals(List.of("T2"), page.knockOn().pushedBy());
        assertEquals(2, page.knockOn().workingDaysPushed());
        assertEquals(2, page.workingDaysLate(), "projected two working days past its deadline");
        assertFalse(page.overdue(), "its deadline has not passed yet");
    }

    @Test
    void a_done_task_shows_its_actual_completion_and_pushes_nobody() {
        GanttChart chart = chart();
        GanttChart.Task plan = task(chart, "T1");

        assertEquals(shanghai("2026-09-24T16:30"), plan.completedAt());
        assertEquals(date("2026-09-24"), plan.completedOn());
        assertEquals(date("2026-09-24"), plan.projectedFinish());
        assertEquals(0, plan.workingDaysLate());
        assertEquals(100, plan.progressPercent(), "done means 100 % even when nobody reported it");
        assertNull(plan.knockOn());
        assertEquals(List.of(new GanttChart.Dependency("T1", "T2", false), new GanttChart.Dependency("T2", "T3", true)),
                chart.dependencies());
    }

    @Test
    void the_delays_list_the_late_task_and_every_task_its_delay_pushes_down_the_chain() {
        GanttTask.Builder launch = GanttTask.builder("T4").name("活动上线").department("marketing")
                .start(date("2026-10-15")).deadline(date("2026-10-16")).after("T3");

        GanttChart chart = charts(clockAt(NOW)).chartOf(project(campaignPlan(), promotionalDesign(), campaignPage(), launch));

        assertEquals(List.of(new GanttChart.Delay("T2", "宣传物料设计", 2, true, List.of("T3", "T4"))), chart.delays());
        GanttChart.Task pushed = task(chart, "T4");
        assertEquals(date("2026-10-19"), pushed.projectedStart(), "the working day after T3's projected finish (Fri Oct 16)");
        assertEquals(date("2026-10-20"), pushed.projectedFinish());
    }

    @Test
    void an_overdue_task_slips_further_with_the_clock_and_so_do_its_dependents() {
        GanttChart chart = charts(clockAt("2026-10-12T09:00")).chartOf(project());

        assertEquals(4, task(chart, "T2").workingDaysLate(), "Oct 8, 9, 10 (make-up Saturday) and 12");
        assertEquals(date("2026-10-13"), task(chart, "T3").projectedStart());
        assertEquals(date("2026-10-20"), task(chart, "T3").projectedFinish());
    }

    @Test
    void after_the_working_day_is_over_an_open_task_finishes_at_the_earliest_on_the_next_working_day() {
        GanttChart chart = charts(clockAt("2026-10-09T19:00")).chartOf(project());

        assertEquals(date("2026-10-10"), task(chart, "T2").projectedFinish(), "the make-up Saturday");
        assertEquals(3, task(chart, "T2").workingDaysLate());
    }

    @Test
    void during_the_holiday_an_overdue_task_is_already_one_working_day_late() {
        GanttChart chart = charts(clockAt("2026-10-03T10:00")).chartOf(project());

        assertTrue(task(chart, "T2").overdue());
        assertEquals(date("2026-10-08"), task(chart, "T2").projectedFinish(), "the first working day after the holiday");
        assertEquals(1, task(chart, "T2").workingDaysLate());
    }

    @Test
    void a_task_done_after_its_deadline_stays_late_by_the_working_days_it_took_longer() {
        GanttChart chart = charts(clockAt(NOW)).chartOf(project(campaignPlan(),
                promotionalDesign().status(GanttStatus.DONE).completedAt(shanghai("2026-10-08T15:00")),
                campaignPage()));

        GanttChart.Task design = task(chart, "T2");
        assertFalse(design.overdue());
        assertEquals(1, design.workingDaysLate());
        assertEquals(List.of(new GanttChart.Delay("T2", "宣传物料设计", 1, false, List.of("T3"))), chart.delays());
        assertEquals(date("2026-10-09"), task(chart, "T3").projectedStart(), "the working day after Oct 8");
    }

    @Test
    void a_started_task_is_not_moved_by_its_predecessors() {
        GanttChart chart = charts(clockAt(NOW)).chartOf(project(campaignPlan(), promotionalDesign(),
                campaignPage().status(GanttStatus.IN_PROGRESS)));

        GanttChart.Task page = task(chart, "T3");
        assertNull(page.knockOn());
        assertEquals(date("2026-10-08"), page.projectedStart());
        assertEquals(date("2026-10-14"), page.projectedFinish());
        assertNull(page.progressPercent(), "nobody reported its progress");
    }

    @Test
    void a_project_on_plan_has_no_delays() {
        GanttChart chart = charts(clockAt("2026-09-28T09:00")).chartOf(project());

        assertEquals(List.of(), chart.delays());
        assertFalse(task(chart, "T2").overdue());
        assertEquals(0, task(chart, "T2").workingDaysLate());
        assertNull(task(chart, "T3").knockOn());
    }

    @Test
    void the_time_axis_spans_tasks_and_today_and_names_each_days_kind() {
        GanttChart chart = chart();

        assertEquals(date("2026-09-20"), chart.from());
        assertEquals(date("2026-10-17"), chart.to());
        assertEquals(28, chart.days().size());
        assertEquals(date("2026-10-09"), chart.today());
        assertEquals("CN-2026.1", chart.calendarVersion());
        assertEquals(DayKind.MAKE_UP_WORKING_DAY, day(chart, "2026-09-20").kind(), "a Sunday worked for National Day");
        assertEquals(DayKind.HOLIDAY, day(chart, "2026-09-25").kind());
        assertEquals("中秋节", day(chart, "2026-09-25").nameZh());
        assertEquals(DayKind.HOLIDAY, day(chart, "2026-10-01").kind());
        assertEquals("国庆节", day(chart, "2026-10-07").nameZh());
        assertEquals(DayKind.MAKE_UP_WORKING_DAY, day(chart, "2026-10-10").kind());
        assertEquals("调休上班日", day(chart, "2026-10-10").kindZh());
        assertEquals(DayKind.WEEKEND, day(chart, "2026-10-11").kind());
        assertEquals(DayKind.WORKING, day(chart, "2026-10-09").kind());
        assertEquals(List.of(), chart.warnings());
    }

    @Test
    void departments_are_shown_by_their_names() {
        assertEquals("设计部", task(chart(), "T2").department().zh());
        assertEquals("design", task(chart(), "T2").department().code());
    }

    @Test
    void a_project_without_tasks_still_has_an_axis_around_today() {
        GanttChart chart = charts(clockAt(NOW)).chartOf(new GanttInput(NUMBER, NAME, List.of()));

        assertEquals(date("2026-10-08"), chart.from());
        assertEquals(date("2026-10-10"), chart.to());
        assertEquals(List.of(), chart.tasks());
    }

    @Test
    void dependencies_in_a_cycle_or_on_unknown_tasks_are_a_bug_of_the_source() {
        assertThrows(IllegalArgumentException.class, () -> project(campaignPlan().after("T3"), promotionalDesign(), campaignPage()));
        assertThrows(IllegalArgumentException.class, () -> project(promotionalDesign()));
        assertThrows(IllegalArgumentException.class, () -> project(campaignPlan(), campaignPlan()));
    }

    private static GanttChart.Task task(GanttChart chart, String key) {
        return chart.tasks().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private static DayView day(GanttChart chart, String date) {
        return chart.days().stream().filter(d -> d.date().equals(date(date))).findFirst().orElseThrow();
    }
}
