package com.handbookflow.project.gantt;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.calendar.DayView;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.label.LabeledValue;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lays a project's tasks on the working-day calendar as of now (the injected clock). The rules:
 * <ul>
 *   <li>A task is late by the working days its finish lies after its deadline; weekends and
 *       holidays in between do not count, make-up working days (调休上班) do.</li>
 *   <li>An open task cannot finish before the first working day still ahead (today, unless today's
 *       working day is over or today is not a working day), so an overdue task's projected finish
 *       moves with the clock.</li>
 *   <li>Finish-to-start: a pending task starts at the earliest on the working day after all its
 *       predecessors finish (actual or projected). Pushed, it keeps its planned number of working
 *       days, so its projected finish moves as far in working days as its start did. A started
 *       task's start is history and is not moved.</li>
 * </ul>
 */
@ApplicationScoped
public class GanttChartService {

    /** Days of margin either side of the tasks, so the first and the last bar do not touch the edge. */
    static final int AXIS_MARGIN_DAYS = 1;

    private final WorkingDayCalendar calendar;
    private final Departments departments;
    private final Clock clock;

    public GanttChartService(WorkingDayCalendar calendar, Departments departments, Clock clock) {
        this.calendar = calendar;
        this.departments = departments;
        this.clock = clock;
    }

    public GanttChart chartOf(GanttInput input) {
        Instant now = clock.instant();
        ZoneId zone = calendar.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate firstOpenDay = firstWorkingDayStillAhead(now, today);

        Map<String, Placement> placed = new HashMap<>();
        for (GanttTask task : input.tasksInDependencyOrder()) {
            placed.put(task.key(), place(task, placed, now, firstOpenDay));
        }

        List<GanttChart.Task> tasks = input.tasks().stream().map(task -> view(placed.get(task.key()))).toList();
        List<GanttChart.Dependency> dependencies = input.tasks().stream()
                .flatMap(task -> task.predecessors().stream().map(p -> new GanttChart.Dependency(p, task.key(),
                        placed.get(task.key()).pushedBy().contains(p))))
                .toList();
        List<GanttChart.Delay> delays = input.tasks().stream()
                .map(task -> placed.get(task.key()))
                .filter(Placement::lateByNow)
                .map(p -> new GanttChart.Delay(p.task().key(), p.task().name(), p.workingDaysLate(), p.overdue(),
                        pushedDownTheChain(p.task().key(), dependencies)))
                .toList();

        LocalDate from = Stream.concat(Stream.of(today), input.tasks().stream().map(GanttTask::start))
                .min(LocalDate::compareTo).orElseThrow().minusDays(AXIS_MARGIN_DAYS);
        LocalDate to = Stream.concat(Stream.of(today), placed.values().stream()
                        .flatMap(p -> Stream.of(p.task().deadline(), p.finish())))
                .max(LocalDate::compareTo).orElseThrow().plusDays(AXIS_MARGIN_DAYS);
        List<DayView> days = calendar.days(from, to).stream().map(DayView::of).toList();

        return new GanttChart(input.projectNumber(), input.projectName(), now, today, zone.getId(),
                calendar.version(), from, to, days, tasks, dependencies, delays, calendar.coverageWarnings(from, to));
    }

    private Placement place(GanttTask task, Map<String, Placement> placed, Instant now, LocalDate firstOpenDay) {
        LocalDate completedOn = task.completedAt() == null ? null : task.completedAt().atZone(calendar.zone()).toLocalDate();
        if (task.status() == GanttStatus.DONE) {
            LocalDate finish = completedOn != null ? completedOn : task.deadline();
            return new Placement(task, completedOn, task.start(), finish, List.of(), 0, false,
                    workingDaysAfter(task.deadline(), finish));
        }
        LocalDate start = task.start();
        List<String> pushedBy = new ArrayList<>();
        if (!task.status().hasStarted()) {
            for (String key : task.predecessors()) {
                LocalDate earliest = nextWorkingDayAfter(placed.get(key).finish());
                if (earliest.isAfter(task.start())) {
                    pushedBy.add(key);
                    start = later(start, earliest);
                }
            }
        }
        LocalDate finish = pushedBy.isEmpty() ? task.deadline() : nthWorkingDayFrom(start, plannedWorkingDays(task));
        finish = later(finish, firstOpenDay);
        boolean overdue = now.isAfter(calendar.endOfWorkingDay(task.deadline()));
        return new Placement(task, completedOn, start, finish, List.copyOf(pushedBy),
                workingDaysAfter(task.start(), start), overdue, workingDaysAfter(task.deadline(), finish));
    }

    private GanttChart.Task view(Placement p) {
        GanttTask task = p.task();
        GanttChart.KnockOn knockOn = p.pushedBy().isEmpty() ? null : new GanttChart.KnockOn(p.pushedBy(), p.workingDaysPushed());
        return new GanttChart.Task(task.key(), task.name(), department(task.department()), task.person(),
                LabeledValue.of(task.status()), task.start(), task.deadline(), task.completedAt(), p.completedOn(),
                task.predecessors(), progress(task), plannedWorkingDays(task), p.start(), p.finish(), p.overdue(),
                p.workingDaysLate(), knockOn);
    }

    /** Reported progress wins; a done task is 100 and a pending one 0 even when nobody said so. */
    private static Integer progress(GanttTask task) {
        if (task.progressPercent() != null) {
            return task.progressPercent();
        }
        return switch (task.status()) {
            case DONE -> 100;
            case PENDING -> 0;
            case IN_PROGRESS, DELAYED -> null;
        };
    }

    private LabeledValue department(String code) {
        return departments.find(code).orElse(new LabeledValue(code, code, code));
    }

    /** Every task reached from {@code key} over links along which a finish pushes a start. */
    private static List<String> pushedDownTheChain(String key, List<GanttChart.Dependency> dependencies) {
        Set<String> reached = new LinkedHashSet<>();
        List<String> frontier = new ArrayList<>(List.of(key));
        while (!frontier.isEmpty()) {
            String from = frontier.remove(0);
            dependencies.stream()
                    .filter(d -> d.knockOn() && d.predecessor().equals(from) && reached.add(d.successor()))
                    .forEach(d -> frontier.add(d.successor()));
        }
        return List.copyOf(reached);
    }

    private LocalDate firstWorkingDayStillAhead(Instant now, LocalDate today) {
        boolean todayStillOpen = calendar.isWorkingDay(today) && !now.isAfter(calendar.endOfWorkingDay(today));
        return todayStillOpen ? today : nextWorkingDayAfter(today);
    }

    private int plannedWorkingDays(GanttTask task) {
        // a task planned on non-working days only still takes one working day
        return Math.max(1, workingDaysAfter(task.start().minusDays(1), task.deadline()));
    }

    /** The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    private int workingDaysAfter(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (calendar.isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate nextWorkingDayAfter(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!calendar.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The {@code n}-th working day counting {@code first} itself (when it is one) as the first. */
    private LocalDate nthWorkingDayFrom(LocalDate first, int n) {
        LocalDate date = calendar.isWorkingDay(first) ? first : nextWorkingDayAfter(first);
        for (int i = 1; i < n; i++) {
            date = nextWorkingDayAfter(date);
        }
        return date;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Where one task lies now. {@code finish} is actual for a done task, projected for an open one. */
    private record Placement(GanttTask task, LocalDate completedOn, LocalDate start, LocalDate finish,
                             List<String> pushedBy, int workingDaysPushed, boolean overdue, int workingDaysLate) {

        /** Late already, not merely projected to be: overdue, or done after the deadline. */
        boolean lateByNow() {
            return workingDaysLate > 0 && (overdue || task.status() == GanttStatus.DONE);
        }
    }
}
