package com.handbookflow.project.service;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.Activation;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.engine.item.WorkItemSpec;
import com.handbookflow.core.label.Texts;
import com.handbookflow.core.obligation.CalendarCadence;
import com.handbookflow.project.config.ProjectConfig;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.domain.ProjectTask;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static com.handbookflow.project.service.ProjectProcess.*;

/**
 * The moves of a project that follow from its tasks rather than from one person's act: the progress
 * node runs until the tasks are done (due with the latest deadline), the weekly meeting cadence runs
 * with it, and when the last task is done the acceptance opens with the supervising department's
 * countersignature as its work item.
 */
@ApplicationScoped
class ProjectFlow {

    private final ProcessEngine engine;
    private final WorkingDayCalendar calendar;
    private final ProjectConfig config;

    ProjectFlow(ProcessEngine engine, WorkingDayCalendar calendar, ProjectConfig config) {
        this.engine = engine;
        this.calendar = calendar;
        this.config = config;
    }

    /** A date's deadline: the end of its working day (18:00), as for a node. */
    Instant dueAt(LocalDate day) {
        return calendar.endOfWorkingDay(day);
    }

    /** The progress node: the leader leads it, due with the latest task deadline; the first weekly meeting is owed. */
    Activation progressActivation(Project project, List<ProjectTask> tasks, Instant from) {
        Activation activation = Activation.department(project.initiatingDepartment())
                .withPerson(project.leaderId().orElse(null));
        return latestDeadline(tasks).map(d -> activation.withLimits(List.of(untilDeadline(from, d))))
                .orElse(activation);
    }

    /** A task added or moved while the progress node runs moves its due instant with the latest deadline. */
    void rescheduleProgress(ProcessInstance process, List<ProjectTask> tasks, Actor actor) {
        process.activeNode().filter(n -> n.nodeKey().equals(PROGRESS)).ifPresent(node ->
                latestDeadline(tasks).ifPresent(d -> engine.reschedule(process, PROGRESS,
                        List.of(untilDeadline(node.startedAt(), d)), actor)));
    }

    /** Opens the next weekly meeting of the cadence, after {@code from}. */
    void expectNextMeeting(Project project, ProcessInstance process, Actor actor, Instant from, Instant now) {
        String version = calendar.version();
        Instant due = weeklyMeeting().next(from, calendar);
        project.meetings().openNext(from, due, version);
        process.raise(ProjectObligations.meeting(process, project, project.meetings().seq(), now, due, version)
                .opened(actor, now));
    }

    /** The weekly meeting's cadence: the configured day and time, a day off moved to the next working day. */
    CalendarCadence.Weekly weeklyMeeting() {
        return CalendarCadence.weekly(config.weeklyMeeting().day(), config.weeklyMeeting().time());
    }

    /** The last task done: the progress node completes, the meetings stop, the acceptance opens. */
    void finishProgressIfAllDone(Project project, ProcessInstance process, List<ProjectTask> tasks, Actor actor,
                                 Instant now) {
        if (!process.isActiveAt(PROGRESS) || tasks.isEmpty() || !tasks.stream().allMatch(ProjectTask::isDone)) {
            return;
        }
        engine.complete(process, TASKS_DONE, List.of(output(project.number(), "weekly-reports"),
                        output(project.number(), "risk-register")), actor, null,
                Activation.department(project.initiatingDepartment()).withPerson(project.leaderId().orElse(null)));
        if (project.meetings().isOwed()) {
            process.raise(ProjectObligations.meeting(process, project, project.meetings().seq(), null,
                    project.meetings().dueAt(), computedWith(project)).closed(actor, now));
            project.meetings().stop();
        }
        Texts texts = Texts.of(ProjectFlow.class);
        engine.addWorkItem(process, ACCEPTANCE, new WorkItemSpec(COUNTERSIGN_ITEM,
                texts.zh("work-item.countersign"), texts.en("work-item.countersign"),
                config.supervisingDepartment(), null, null), actor);
    }

    private static java.util.Optional<LocalDate> latestDeadline(List<ProjectTask> tasks) {
        return tasks.stream().map(ProjectTask::deadline).max(Comparator.naturalOrder());
    }

    /** The working days from {@code from}'s day to the deadline, as a limit (P1WD at least). */
    private String untilDeadline(Instant from, LocalDate deadline) {
        LocalDate day = from.atZone(calendar.zone()).toLocalDate();
        int workingDays = 0;
        for (LocalDate d = day.plusDays(1); !d.isAfter(deadline); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                workingDays++;
            }
        }
        return "P" + Math.max(1, workingDays) + "WD";
    }

    /** The calendar version the owed meeting's day was found with (the current one for a meeting from before it was kept). */
    String computedWith(Project project) {
        String version = project.meetings().calendarVersion();
        return version != null ? version : calendar.version();
    }
}
