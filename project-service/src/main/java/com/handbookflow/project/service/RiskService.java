package com.handbookflow.project.service;

import com.handbookflow.core.act.BusinessActs;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.event.EscalationRaised;
import com.handbookflow.core.event.EscalationTarget;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.ObjectNotFoundException;
import com.handbookflow.core.label.Texts;
import com.handbookflow.project.config.ProjectConfig;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.domain.ProjectRisk;
import com.handbookflow.project.domain.RiskLevel;
import com.handbookflow.project.domain.RiskReport;
import com.handbookflow.project.security.ProjectAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.handbookflow.project.service.ProjectProcess.*;

/**
 * Table 6, the risk register 《风险预警及应对表》: each risk's resolution deadline is an obligation of its
 * department (reminded and escalated like a node); a HIGH risk is escalated at once to the project
 * leader and the supervising department. Each act answers the risk; the REST resource maps it to the view.
 */
@ApplicationScoped
public class RiskService {

    private static final Texts TEXTS = Texts.of(RiskService.class);

    private final ProcessEngine engine;
    private final BusinessActs acts;
    private final ProjectsForActs forActs;
    private final ProjectRepository projects;
    private final ProjectConfig config;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ProjectAccess access;
    private final Departments departments;

    RiskService(ProcessEngine engine, BusinessActs acts, ProjectsForActs forActs, ProjectRepository projects,
                ProjectConfig config, WorkingDayCalendar calendar, Clock clock,
                ProjectAccess access, Departments departments) {
        this.engine = engine;
        this.acts = acts;
        this.forActs = forActs;
        this.projects = projects;
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
        this.access = access;
        this.departments = departments;
    }

    @Transactional
    public List<ProjectRisk> list(String number) {
        Project project = projects.findByNumber(number).filter(access::sees)
                .orElseThrow(() -> new ObjectNotFoundException("Project", number));
        return projects.risks(project);
    }

    /** A risk raised by a department of the project while the team is formed or the progress runs. */
    @Transactional
    public ProjectRisk raise(String number, RiskReport report, Actor actor) {
        Project project = acts.lockVisible(forActs, number);
        access.requireMayRaiseRisk(project);
        ProcessInstance process = engine.load(project.processInstanceId());
        if (!process.isActiveAt(TEAM) && !process.isActiveAt(PROGRESS)) {
            throw notActive(process, PROGRESS, number);
        }
        departments.require(report.department(), "department");
        if (report.resolveBy().isBefore(report.warningDate())) {
            throw new InvalidValueException("resolveBy", TEXTS.en("field.resolveBy.before-warning", report.warningDate()),
                    TEXTS.zh("field.resolveBy.before-warning", report.warningDate()));
        }
        Instant now = clock.instant();
        ProjectRisk risk = ProjectRisk.raise(project, projects.risks(project).size() + 1, report.description(),
                report.level(), report.impact(), report.department(), report.measures(), report.warningDate(),
                report.resolveBy(), calendar.endOfWorkingDay(report.resolveBy()), actor.userId(), now);
        projects.add(risk);
        process.raise(ProjectObligations.risk(process, risk, calendar.version()).opened(actor, now));
        if (risk.level() == RiskLevel.HIGH) {
            process.raise(highRisk(project, process, risk, actor, now));
        }
        return risk;
    }

    @Transactional
    public ProjectRisk resolve(String number, int seq, String resolution, Actor actor) {
        Project project = acts.lockVisible(forActs, number);
        ProjectRisk risk = projects.risks(project).stream().filter(r -> r.seq() == seq).findFirst()
                .orElseThrow(() -> new ObjectNotFoundException("Risk", number + "/" + seq));
        access.requireMayResolveRisk(project, risk.department());
        ProcessInstance process = engine.load(project.processInstanceId());
        Instant now = clock.instant();
        risk.resolve(resolution, now);
        process.raise(ProjectObligations.risk(process, risk, calendar.version()).fulfilled(now, actor, now));
        return risk;
    }

    /**
     * 高风险: at once to the project leader (by name, once the team names one) and the supervising
     * department, and to the head of the department responsible for the risk.
     */
    private EscalationRaised highRisk(Project project, ProcessInstance process, ProjectRisk risk, Actor actor,
                                      Instant now) {
        List<EscalationTarget> targets = new ArrayList<>();
        project.leaderId().map(EscalationTarget::person).ifPresent(targets::add);
        if (project.leaderId().isEmpty()) {
            targets.add(EscalationTarget.role("DEPARTMENT_HEAD", project.initiatingDepartment()));
        }
        targets.add(EscalationTarget.department(config.supervisingDepartment()));
        String node = process.activeNode().map(n -> n.nodeKey()).orElse(PROGRESS);
        return new EscalationRaised(UUID.randomUUID(), now, TYPE, process.id(), project.number(), node,
                risk.department(), List.of("DEPARTMENT_HEAD"),
                TEXTS.en("escalation.high-risk", risk.seq(), risk.description(), risk.impact()),
                TEXTS.zh("escalation.high-risk", risk.seq(), risk.description(), risk.impact()), actor,
                process.attributes()).withTargets(targets);
    }
}
