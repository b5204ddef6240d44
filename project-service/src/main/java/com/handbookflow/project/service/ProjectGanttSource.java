package com.handbookflow.project.service;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.security.CurrentUser;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.gantt.GanttInput;
import com.handbookflow.project.gantt.GanttSource;
import com.handbookflow.project.gantt.GanttStatus;
import com.handbookflow.project.gantt.GanttTask;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Gantt chart's tasks are table 5 as it stands: {@link TaskService#lines} already applies who may
 * see the project (the request's caller), so a project of another department is empty, as "not found".
 */
@ApplicationScoped
public class ProjectGanttSource implements GanttSource {

    private final TaskService tasks;
    private final ProjectRepository projects;
    private final WorkingDayCalendar calendar;

    ProjectGanttSource(TaskService tasks, ProjectRepository projects, WorkingDayCalendar calendar) {
        this.tasks = tasks;
        this.projects = projects;
        this.calendar = calendar;
    }

    @Override
    public Optional<GanttInput> forProject(String number, CurrentUser caller) {
        return tasks.lines(number).map(lines -> new GanttInput(number,
                projects.findByNumber(number).map(Project::name).orElse(number),
                lines.stream().map(this::task).toList()));
    }

    private GanttTask task(TaskLine line) {
        return GanttTask.builder(line.key())
                .name(line.name())
                .department(line.department())
                .person(line.personName() != null ? line.personName() : line.personId())
                .start(start(line))
                .deadline(line.deadline())
                .completedAt(line.completedAt())
                .status(GanttStatus.valueOf(line.status().name()))
                .after(line.predecessors().toArray(String[]::new))
                .build();
    }

    /** A task planned without a start date begins when it was started, or else on its deadline's day. */
    private LocalDate start(TaskLine line) {
        if (line.start() != null) {
            return line.start();
        }
        if (line.startedAt() != null) {
            LocalDate started = line.startedAt().atZone(calendar.zone()).toLocalDate();
            return started.isAfter(line.deadline()) ? line.deadline() : started;
        }
        return line.deadline();
    }
}
