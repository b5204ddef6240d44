package com.handbookflow.project.service;

import com.handbookflow.core.act.BusinessActs;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.ObjectNotFoundException;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.domain.StateConflictException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;
import com.handbookflow.project.config.ProjectConfig;
import com.handbookflow.project.domain.AcceptanceVerdict;
import com.handbookflow.project.domain.PlannedTask;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.domain.ProjectRules;
import com.handbookflow.project.domain.ProjectTask;
import com.handbookflow.project.domain.TaskAcceptance;
import com.handbookflow.project.domain.TaskGraph;
import com.handbookflow.project.domain.TaskInGraph;
import com.handbookflow.project.domain.TaskStatus;
import com.handbookflow.project.security.ProjectAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.handbookflow.project.service.ProjectProcess.*;

/**
 * Table 5, the tasks, each with its own lifecycle: planned (SMART, finish-to-start predecessors without
 * cycles) while the team is formed or the progress runs, started once its predecessors are done,
 * completed by its department or person, accepted or rejected against its deliverable standard. Each
 * task is an obligation to its deadline; the delay scan marks it 延期 when the deadline passes. Each act
 * answers the task in the graph of its project's tasks; the REST resource maps it to the view.
 */
@ApplicationScoped
public class TaskService {

    private static final Texts TEXTS = Texts.of(TaskService.class);

    private final ProcessEngine engine;
    private final BusinessActs acts;
    private final ProjectsForActs forActs;
    private final ProjectRepository projects;
    private final ProjectConfig config;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ProjectAccess access;
    private final Departments departments;
    private final ProjectFlow flow;

    TaskService(ProcessEngine engine, BusinessActs acts, ProjectsForActs forActs, ProjectRepository projects,
                ProjectConfig config, WorkingDayCalendar calendar, Clock clock,
                ProjectAccess access, Departments departments, ProjectFlow flow) {
        this.engine = engine;
        this.acts = acts;
        this.forActs = forActs;
        this.projects = projects;
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
        this.access = access;
        this.departments = departments;
        this.flow = flow;
    }

    /** The project's tasks as the caller sees them; 404 for a project they do not see. */
    @Transactional
    public List<TaskInGraph> list(String number) {
        Project project = visible(number);
        List<ProjectTask> tasks = projects.tasks(project);
        TaskGraph graph = new TaskGraph(tasks);
        return tasks.stream().map(t -> new TaskInGraph(t, graph)).toList();
    }

    @Transactional
    public TaskInGraph get(String number, String key) {
        Project project = visible(number);
        List<ProjectTask> tasks = projects.tasks(project);
        return new TaskInGraph(task(tasks, number, key), new TaskGraph(tasks));
    }

    /** The tasks as the Gantt chart draws them, from live state; empty when the caller does not see the project. */
    @Transactional
    public Optional<List<TaskLine>> lines(String number) {
        return projects.findByNumber(number).filter(access::sees).map(p -> projects.tasks(p).stream()
                .map(t -> new TaskLine(t.key(), t.name(), t.department(), t.personId(), t.personName(), t.startDate(),
                        t.deadline(), t.dueAt(), t.startedAt(), t.completedAt(), t.status(), t.predecessors()))
                .toList());
    }

    /** A task added to table 5 while the team is formed or the progress runs, by the initiating department or the leader. */
    @Transactional
    public TaskInGraph add(String number, PlannedTask planned, Actor actor) {
        Project project = acts.lockVisible(forActs, number);
        access.requireMayLead(project);
        ProcessInstance process = engine.load(project.processInstanceId());
        requirePlanning(process, number);
        List<ProjectTask> tasks = projects.tasks(project);
        String key = "T" + (tasks.size() + 1);
        ProjectTask task = plan(project, tasks, key, tasks.size() + 1, planned);
        projects.add(task);
        tasks = projects.tasks(project);
        Instant now = clock.instant();
        process.raise(ProjectObligations.task(process, task, calendar.version()).opened(actor, now));
        flow.rescheduleProgress(process, tasks, actor);
        project.track(process);
        return new TaskInGraph(task, new TaskGraph(tasks));
    }

    /** A task not started yet is revised: the same rules as when added, its predecessors must not form a cycle. */
    @Transactional
    public TaskInGraph revise(String number, String key, PlannedTask planned, Actor actor) {
        Project project = acts.lockVisible(forActs, number);
        access.requireMayLead(project);
        ProcessInstance process = engine.load(project.processInstanceId());
        requirePlanning(process, number);
        List<ProjectTask> tasks = projects.tasks(project);
        ProjectTask old = task(tasks, number, key);
        if (old.startedAt() != null || old.status() == TaskStatus.DONE) {
            throw new StateConflictException(new ProblemText("task-already-started",
                    TEXTS.en("problem.task-already-started.title"), TEXTS.zh("problem.task-already-started.title"),
                    TEXTS.en("task-already-started.not-revised", key), TEXTS.zh("task-already-started.not-revised", key)))
                    .with("currentState", old.status().name());
        }
        ProjectTask revised = plan(project, tasks, key, old.seq(), planned);
        old.revise(revised);
        tasks = projects.tasks(project);
        process.raise(ProjectObligations.task(process, old, calendar.version()).opened(actor, clock.instant()));
        flow.rescheduleProgress(process, tasks, actor);
        return new TaskInGraph(old, new TaskGraph(tasks));
    }

    /** Work begins: only in the progress phase, and only when every predecessor is done (finish-to-start). */
    @Transactional
    public TaskInGraph start(String number, String key, Actor actor) {
        Project project = acts.lockVisible(forActs, number);
        List<ProjectTask> tasks = projects.tasks(project);
        ProjectTask task = task(tasks, number, key);
        access.requireMayWork(task);
        ProcessInstance process = engine.load(project.processInstanceId());
        if (!process.isActiveAt(PROGRESS)) {
            throw notActive(process, PROGRESS, number);
        }
        TaskGraph graph = new TaskGraph(tasks);
        List<String> open = graph.openPredecessors(task);
        if (!open.isEmpty()) {
            throw new StateConflictException(ProblemText.of(TaskService.class, "predecessors-not-done", key,
                    String.join(", ", open), String.join("、", open), open.size() == 1 ? "is" : "are"))
                    .with("openPredecessors", open).with("currentState", task.status().name());
        }
        task.start(clock.instant());
        return new TaskInGraph(task, graph);
    }

    /**
     * The department reports the deliverable done: its obligation is met (on time or late). The last
     * task done ends the progress phase and opens the acceptance.
     */
    @Transactional
    public TaskInGraph complete(String number, String key, Actor actor) {
        Project project = acts.lockVisible(forActs, number);
        List<ProjectTask> tasks = projects.tasks(project);
        ProjectTask task = task(tasks, number, key);
        access.requireMayWork(task);
        ProcessInstance process = engine.load(project.processInstanceId());
        if (!process.isActiveAt(PROGRESS) && !process.isActiveAt(ACCEPTANCE)) {
            throw notActive(process, PROGRESS, number);
        }
        Instant now = clock.instant();
        task.complete(now);
        process.raise(ProjectObligations.task(process, task, calendar.version()).fulfilled(now, actor, now));
        flow.finishProgressIfAllDone(project, process, tasks, actor, now);
        project.track(process);
        return new TaskInGraph(task, new TaskGraph(tasks));
    }

    /**
     * 《项目成果验收表》, one row: the initiating department checks a done task against its deliverable
     * standard. Rejected (with a reason) it goes back to 进行中 and is owed again, by a new deadline when
     * one is given.
     */
    @Transactional
    public TaskInGraph accept(String number, String key, AcceptanceVerdict verdict, Actor actor) {
        BusinessActs.Acted<Project> acted = acts.onNode(forActs, number, ACCEPTANCE, (project, process, now) -> {
            ProjectTask task = task(projects.tasks(project), number, key);
            boolean rejected = verdict.rejected();
            if (rejected && (verdict.reason() == null || verdict.reason().isBlank())) {
                throw new InvalidValueException("reason", TEXTS.en("field.reason.required-on-reject"),
                        TEXTS.zh("field.reason.required-on-reject"));
            }
            LocalDate newDeadline = rejected ? verdict.newDeadline() : null;
            if (newDeadline != null && newDeadline.isBefore(now.atZone(calendar.zone()).toLocalDate())) {
                throw new InvalidValueException("newDeadline", TEXTS.en("field.newDeadline.past"),
                        TEXTS.zh("field.newDeadline.past"));
            }
            task.accept(new TaskAcceptance(verdict.result(), verdict.reason(), task.round(), actor.userId(),
                    actor.name(), now), newDeadline, newDeadline == null ? null : flow.dueAt(newDeadline));
            if (rejected) {
                process.raise(ProjectObligations.task(process, task, calendar.version()).opened(actor, now));
            }
        });
        List<ProjectTask> tasks = projects.tasks(acted.object());
        return new TaskInGraph(task(tasks, number, key), new TaskGraph(tasks));
    }

    private ProjectTask plan(Project project, List<ProjectTask> tasks, String key, int seq, PlannedTask planned) {
        departments.require(planned.department(), "department");
        if (!project.takesPart(planned.department())) {
            throw new RuleBrokenException(ProblemText.of(TaskService.class, "department-not-in-project",
                    project.departments(), planned.department(), String.join("、", project.departments())),
                    List.of(ProjectRules.textError("department", "field.department.not-in-project")));
        }
        ProjectRules.requireSmart(planned.name(), planned.deliverableStandard(), planned.startDate(),
                planned.deadline(), config.vagueWording(), "");
        new TaskGraph(tasks).requireAcyclic(key, planned.predecessors());
        return ProjectTask.plan(project, seq, planned.name().strip(), planned.department(), planned.personId(),
                planned.personName(), planned.deliverableStandard().strip(), planned.startDate(), planned.deadline(),
                flow.dueAt(planned.deadline()), planned.predecessors());
    }

    private static void requirePlanning(ProcessInstance process, String number) {
        if (!process.isActiveAt(TEAM) && !process.isActiveAt(PROGRESS)) {
            throw notActive(process, TEAM, number);
        }
    }

    private Project visible(String number) {
        return projects.findByNumber(number).filter(access::sees)
                .orElseThrow(() -> new ObjectNotFoundException("Project", number));
    }

    private static ProjectTask task(List<ProjectTask> tasks, String number, String key) {
        return tasks.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new ObjectNotFoundException("Task", number + "/" + key));
    }
}
