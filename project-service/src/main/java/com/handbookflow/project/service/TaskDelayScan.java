package com.handbookflow.project.service;

import com.handbookflow.core.due.DueScan;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.event.EscalationRaised;
import com.handbookflow.core.event.EscalationTarget;
import com.handbookflow.core.label.Texts;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.domain.ProjectTask;
import com.handbookflow.project.domain.TaskGraph;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A task past its deadline and not done becomes 延期 DELAYED by itself (the kit's due scan), and says
 * so at once: an escalation to its department's head, naming its person and the project leader, with
 * the tasks it holds up (连锁影响). Its obligation stays open, so notification-service keeps
 * reminding and escalating it up the ladder like an overdue node.
 */
@ApplicationScoped
public class TaskDelayScan implements DueScan<ProjectTask> {

    public static final String NAME = "task-delay";

    private final ProcessEngine engine;
    private final ProjectRepository projects;

    TaskDelayScan(ProcessEngine engine, ProjectRepository projects) {
        this.engine = engine;
        this.projects = projects;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<ProjectTask> entity() {
        return ProjectTask.class;
    }

    @Override
    public String table() {
        return "project_task";
    }

    @Override
    public String pending() {
        return "status in ('PENDING', 'IN_PROGRESS')";
    }

    @Override
    public String dueColumn() {
        return "due_at";
    }

    @Override
    public void onDue(ProjectTask task, Instant now) {
        task.markDelayed(now);
        Project project = task.project();
        ProcessInstance process = engine.load(project.processInstanceId());
        List<String> heldUp = new TaskGraph(projects.tasks(project)).downstream(task.key());
        List<EscalationTarget> targets = new ArrayList<>();
        targets.add(EscalationTarget.person(task.personId()));
        project.leaderId().filter(l -> !l.equals(task.personId())).map(EscalationTarget::person).ifPresent(targets::add);
        Texts texts = Texts.of(TaskDelayScan.class);
        String knockOn = heldUp.isEmpty() ? "" : texts.en("escalation.task-delayed.holds-up", String.join(", ", heldUp));
        String knockOnZh = heldUp.isEmpty() ? "" : texts.zh("escalation.task-delayed.holds-up", String.join("、", heldUp));
        process.raise(new EscalationRaised(UUID.randomUUID(), now, process.processType(), process.id(),
                project.number(), ProjectProcess.PROGRESS, task.department(), List.of("DEPARTMENT_HEAD"),
                texts.en("escalation.task-delayed", task.key(), task.name(), task.deadline(), knockOn),
                texts.zh("escalation.task-delayed", task.key(), task.name(), task.deadline(), knockOnZh),
                Actor.SYSTEM, attributes(process, task, heldUp)).withTargets(targets));
    }

    /** The project's facts, and the task's: which, its deadline, what it holds up. */
    private static Map<String, Object> attributes(ProcessInstance process, ProjectTask task, List<String> heldUp) {
        Map<String, Object> attributes = new java.util.HashMap<>(process.attributes());
        attributes.put("taskKey", task.key());
        attributes.put("taskStatus", task.status().name());
        attributes.put("deadline", task.deadline().toString());
        attributes.put("heldUpTasks", heldUp);
        return attributes;
    }
}
