package com.handbookflow.project.rest;

import com.handbookflow.core.act.BusinessActs;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.engine.rest.NodeViews;
import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.domain.ProjectMeeting;
import com.handbookflow.project.domain.ProjectRisk;
import com.handbookflow.project.domain.ProjectStatus;
import com.handbookflow.project.domain.ProjectTask;
import com.handbookflow.project.domain.RiskStatus;
import com.handbookflow.project.domain.TaskAcceptance;
import com.handbookflow.project.domain.TaskGraph;
import com.handbookflow.project.domain.TaskInGraph;
import com.handbookflow.project.service.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;

/** The one place where projects, tasks, risks and meetings become API views; entities never leave through the API. */
@ApplicationScoped
public class ProjectMapper {

    private final ProcessEngine engine;
    private final ProjectRepository projects;
    private final Clock clock;

    ProjectMapper(ProcessEngine engine, ProjectRepository projects, Clock clock) {
        this.engine = engine;
        this.projects = projects;
        this.clock = clock;
    }

    public ProjectSummary summary(Project p) {
        return new ProjectSummary(p.number(), p.name(), LabeledValue.of(p.status()), p.currentNode(),
                p.currentDueAt(), overdue(p), p.initiatingDepartment(), p.participants(), p.createdAt());
    }

    /** The project as an act or a read left it. */
    public ProjectView view(BusinessActs.Acted<Project> acted) {
        return view(acted.object(), acted.process());
    }

    public ProjectView view(Project p, ProcessInstance process) {
        List<ProjectTask> tasks = projects.tasks(p);
        TaskGraph graph = new TaskGraph(tasks);
        return new ProjectView(p.id(), p.number(), p.name(), LabeledValue.of(p.status()), p.currentNode(),
                p.currentDueAt(), overdue(p), p.initiatingDepartment(), p.participants(), p.application(),
                p.alignment(), p.consents(), p.team(), p.meetings().dueAt(),
                tasks.stream().map(t -> task(t, graph)).toList(),
                projects.risks(p).stream().map(this::risk).toList(),
                projects.meetings(p).stream().map(this::meeting).toList(),
                p.countersignature(), p.ratings(), p.retrospective(),
                NodeViews.timeline(engine.definition(process), process, clock.instant()));
    }

    public TaskView task(TaskInGraph t) {
        return task(t.task(), t.graph());
    }

    public TaskView task(ProjectTask t, TaskGraph graph) {
        TaskAcceptance a = t.acceptance();
        return new TaskView(t.project().number(), t.key(), t.name(), t.department(), t.personId(), t.personName(),
                t.deliverableStandard(), t.startDate(), t.deadline(), t.dueAt(), LabeledValue.of(t.status()),
                t.startedAt(), t.completedAt(), t.delayedAt(), t.predecessors(), graph.openPredecessors(t),
                graph.delayedUpstream(t), graph.downstream(t.key()), t.round(),
                a == null ? null : new TaskView.Acceptance(LabeledValue.of(a.result()), a.reason(), a.round(), a.byId(),
                        a.byName(), a.at()));
    }

    public RiskView risk(ProjectRisk r) {
        return new RiskView(r.seq(), r.description(), LabeledValue.of(r.level()), r.impact(), r.department(),
                r.measures(), r.warningDate(), r.resolveBy(), r.dueAt(), LabeledValue.of(r.status()),
                r.status() == RiskStatus.OPEN && clock.instant().isAfter(r.dueAt()), r.raisedAt(), r.resolvedAt(),
                r.resolution());
    }

    public MeetingView meeting(ProjectMeeting m) {
        return new MeetingView(m.seq(), m.dueAt(), m.heldAt(), m.reports(), m.decisions(), m.reportDueAt(),
                m.weeklyReport());
    }

    private boolean overdue(Project p) {
        return p.status() == ProjectStatus.ACTIVE && p.currentDueAt() != null && clock.instant().isAfter(p.currentDueAt());
    }
}
