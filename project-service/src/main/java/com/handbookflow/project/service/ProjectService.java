package com.handbookflow.project.service;

import com.handbookflow.core.act.BusinessActs;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.engine.Activation;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.engine.item.WorkItemResult;
import com.handbookflow.core.engine.item.WorkItemSpec;
import com.handbookflow.core.number.BusinessNumbers;
import com.handbookflow.core.number.NumberScheme;
import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.ObjectNotFoundException;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;
import com.handbookflow.project.config.ProjectConfig;
import com.handbookflow.project.domain.Alignment;
import com.handbookflow.project.domain.Consent;
import com.handbookflow.project.domain.Countersignature;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.domain.ProjectApplication;
import com.handbookflow.project.domain.ProjectRules;
import com.handbookflow.project.domain.ProjectTask;
import com.handbookflow.project.domain.Rating;
import com.handbookflow.project.domain.Retrospective;
import com.handbookflow.project.domain.Team;
import com.handbookflow.project.security.ProjectAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.handbookflow.project.service.ProjectProcess.*;

/**
 * The project-level acts, one transaction each, on the scenario kit: initiation with the alignment
 * minutes and each department's consent, the team, the acceptance countersignature, the ratings and
 * the retrospective. Node changes and the obligations raised on the process reach the outbox when the
 * transaction commits. Each act answers the project and its process as they now stand; the REST resource,
 * in the same transaction, maps them to the view.
 */
@ApplicationScoped
public class ProjectService {

    private static final Texts TEXTS = Texts.of(ProjectService.class);

    private final ProcessEngine engine;
    private final BusinessActs acts;
    private final ProjectsForActs forActs;
    private final ProjectRepository projects;
    private final BusinessNumbers numbers;
    private final NumberScheme numberScheme;
    private final ProjectConfig config;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ProjectAccess access;
    private final Departments departments;
    private final ProjectFlow flow;

    ProjectService(ProcessEngine engine, BusinessActs acts, ProjectsForActs forActs, ProjectRepository projects,
                   BusinessNumbers numbers, ProjectConfig config, WorkingDayCalendar calendar, Clock clock,
                   ProjectAccess access, Departments departments, ProjectFlow flow) {
        this.engine = engine;
        this.acts = acts;
        this.forActs = forActs;
        this.projects = projects;
        this.numbers = numbers;
        this.numberScheme = NumberScheme.perYear(TYPE, config.numberPrefix(), "", 3);
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
        this.access = access;
        this.departments = departments;
        this.flow = flow;
    }

    /** A read, but in a transaction: the engine loads instances only inside one. */
    @Transactional
    public Optional<BusinessActs.Acted<Project>> find(String number) {
        return projects.findByNumber(number).filter(access::sees)
                .map(p -> new BusinessActs.Acted<>(p, engine.load(p.processInstanceId())));
    }

    /**
     * 《项目立项申请表》 filed: the project gets its number (PRJ + year + sequence); the initiating
     * department has 3 working days to align the goal; each department concerned owes its consent.
     */
    @Transactional
    public BusinessActs.Acted<Project> initiate(String name, String initiatingDepartment,
                                                List<String> participatingDepartments, ProjectApplication application,
                                                Actor actor) {
        String initiating = access.initiatingDepartment(initiatingDepartment);
        departments.require(initiating, "initiatingDepartment");
        List<String> participants = participants(participatingDepartments, initiating);
        ProjectRules.requireQuantifiedGoal(application.goal());
        Instant now = clock.instant();
        String number = numbers.next(numberScheme, now.atZone(calendar.zone()).toLocalDate());
        ProcessInstance process = engine.start(TYPE, number, Map.of(PROJECT_NAME, name,
                INITIATING_DEPARTMENT, initiating), actor, Activation.department(initiating).withPerson(actor.userId()));
        for (String department : participants) {
            engine.addWorkItem(process, INITIATION, new WorkItemSpec(consentItem(department),
                    TEXTS.zh("work-item.consent"), TEXTS.en("work-item.consent"), department, null, null), actor);
        }
        Project project = Project.initiate(number, process, name, initiating, participants, application, now);
        projects.persist(project);
        return new BusinessActs.Acted<>(project, process);
    }

    /** 《项目目标对齐会议纪要》: the departments present must be departments of the project. */
    @Transactional
    public BusinessActs.Acted<Project> recordAlignment(String number, LocalDate meetingDate,
                                                       List<String> departmentsPresent, String summary, Actor actor) {
        return acts.onNode(forActs, number, INITIATION, (project, process, now) -> {
            List<String> present = departmentsPresent.stream().distinct().toList();
            for (int i = 0; i < present.size(); i++) {
                departments.require(present.get(i), "departmentsPresent[" + i + "]");
            }
            project.recordAlignment(new Alignment(meetingDate, present, summary, actor.userId(), now));
        });
    }

    /** A department's consent to take part (确认参与意愿); one that declines leaves the project. */
    @Transactional
    public BusinessActs.Acted<Project> consent(String number, String answeringDepartment, boolean agreed,
                                               String comment, Actor actor) {
        Project project = acts.lockVisible(forActs, number);
        String department = access.answeringDepartment(answeringDepartment);
        ProcessInstance process = engine.load(project.processInstanceId());
        if (!project.takesPart(department) || department.equals(project.initiatingDepartment())) {
            throw new RuleBrokenException(ProblemText.of(ProjectService.class, "not-asked-to-take-part", number,
                    department, project.participants()));
        }
        Instant now = clock.instant();
        engine.signWorkItem(process, INITIATION, consentItem(department),
                agreed ? WorkItemResult.PASS : WorkItemResult.FAIL, comment, actor);
        project.recordConsent(new Consent(department, agreed, comment, actor.userId(), actor.name(), now));
        project.track(process);
        return new BusinessActs.Acted<>(project, process);
    }

    /** Initiation and alignment done: the minutes recorded and every department answered; the team is next. */
    @Transactional
    public BusinessActs.Acted<Project> completeInitiation(String number, Actor actor) {
        return acts.onNode(forActs, number, INITIATION, (project, process, now) -> {
            project.requireAlignmentMinutes();
            engine.complete(process, ALIGNED, List.of(output(number, "project-application"),
                    output(number, "alignment-minutes")), actor, null,
                    Activation.department(project.initiatingDepartment()));
        });
    }

    /**
     * 《项目组架构表》: exactly one leader, the initiating department's head (避免"多头管理"), and exactly
     * one contact person (接口人) for each participating department.
     */
    @Transactional
    public BusinessActs.Acted<Project> formTeam(String number, String leaderDepartment, Team.Member leader,
                                                List<Team.Contact> contacts, Actor actor) {
        return acts.onNode(forActs, number, TEAM, (project, process, now) -> {
            if (!leaderDepartment.equals(project.initiatingDepartment())) {
                throw new RuleBrokenException(ProblemText.of(ProjectService.class,
                        "leader-not-of-initiating-department", project.initiatingDepartment(), leaderDepartment),
                        List.of(ProjectRules.textError("leader.department", "field.leader.department.not-initiating",
                                project.initiatingDepartment())));
            }
            requireOneContactEach(project, contacts);
            project.formTeam(new Team(leader, contacts, now));
            process.putAttribute("leader", leader.userId());
        });
    }

    /** Team and task list complete: the progress node starts, led by the leader; the weekly meetings begin. */
    @Transactional
    public BusinessActs.Acted<Project> completeTeam(String number, Actor actor) {
        return acts.onNode(forActs, number, TEAM, (project, process, now) -> {
            List<ProjectTask> tasks = projects.tasks(project);
            List<FieldError> missing = new ArrayList<>();
            if (project.team() == null) {
                missing.add(ProjectRules.textError("team", "field.team.not-recorded"));
            }
            if (tasks.isEmpty()) {
                missing.add(ProjectRules.textError("tasks", "field.tasks.empty"));
            }
            if (!missing.isEmpty()) {
                throw new RuleBrokenException(ProblemText.of(ProjectService.class, "team-incomplete"), missing);
            }
            engine.complete(process, TASKS_ASSIGNED, List.of(output(number, "team-structure"),
                    output(number, "task-list")), actor, null, flow.progressActivation(project, tasks, now));
            flow.expectNextMeeting(project, process, actor, now, now);
        });
    }

    /**
     * The supervising department countersigns 《项目成果验收表》 once every task is accepted against its
     * deliverable standard; the retrospective is next.
     */
    @Transactional
    public BusinessActs.Acted<Project> countersign(String number, String comment, Actor actor) {
        Project project = acts.lockVisible(forActs, number);
        access.requireSupervisor();
        ProcessInstance process = engine.load(project.processInstanceId());
        if (!process.isActiveAt(ACCEPTANCE)) {
            throw notActive(process, ACCEPTANCE, number);
        }
        List<String> notAccepted = projects.tasks(project).stream().filter(t -> !t.isAccepted())
                .map(ProjectTask::key).toList();
        if (!notAccepted.isEmpty()) {
            throw new RuleBrokenException(ProblemText.of(ProjectService.class, "tasks-not-accepted",
                    String.join(", ", notAccepted), String.join("、", notAccepted)))
                    .with("notAccepted", notAccepted);
        }
        Instant now = clock.instant();
        engine.signWorkItem(process, ACCEPTANCE, COUNTERSIGN_ITEM, WorkItemResult.PASS, comment, actor);
        project.countersign(new Countersignature(config.supervisingDepartment(), actor.userId(), actor.name(),
                comment, now));
        engine.complete(process, ACCEPTED, List.of(output(number, "acceptance-record")), actor, comment,
                Activation.department(project.initiatingDepartment()).withPerson(project.leaderId().orElse(null)));
        project.track(process);
        return new BusinessActs.Acted<>(project, process);
    }

    /** A participating department rates the collaboration (0-100), during the retrospective. */
    @Transactional
    public BusinessActs.Acted<Project> rate(String number, String ratingDepartment, int score, String comment,
                                            Actor actor) {
        Project project = acts.lockVisible(forActs, number);
        String department = access.answeringDepartment(ratingDepartment);
        ProcessInstance process = engine.load(project.processInstanceId());
        if (!process.isActiveAt(RETROSPECTIVE)) {
            throw notActive(process, RETROSPECTIVE, number);
        }
        if (!project.participants().contains(department)) {
            throw new RuleBrokenException(ProblemText.of(ProjectService.class, "not-a-participant",
                    project.participants(), department, String.join("、", project.participants())));
        }
        project.rate(new Rating(department, score, comment, actor.userId(), actor.name(), clock.instant()));
        project.track(process);
        return new BusinessActs.Acted<>(project, process);
    }

    /**
     * 《项目复盘报告》, only after acceptance: what went well and the process problems, about the process
     * and not persons (a problem naming a member of the project team is refused). Every participating
     * department must have rated; the ratings are published with the completion for the department
     * satisfaction metric, credited to the initiating department.
     */
    @Transactional
    public BusinessActs.Acted<Project> review(String number, List<String> wentWell, List<String> processProblems,
                                              Actor actor) {
        return acts.onNode(forActs, number, RETROSPECTIVE, (project, process, now) -> {
            requireAboutTheProcess(project, processProblems);
            Set<String> rated = new LinkedHashSet<>();
            project.ratings().forEach(r -> rated.add(r.department()));
            List<String> unrated = project.participants().stream().filter(d -> !rated.contains(d)).toList();
            if (!unrated.isEmpty()) {
                throw new RuleBrokenException(ProblemText.of(ProjectService.class, "ratings-missing",
                        String.join(", ", unrated), String.join("、", unrated)))
                        .with("unrated", unrated);
            }
            project.review(new Retrospective(wentWell, processProblems, actor.userId(), actor.name(), now));
            process.putAttribute(DEPARTMENT_SATISFACTION, project.ratings().stream().map(Rating::score).toList());
            engine.complete(process, REVIEWED, List.of(output(number, "retrospective-report")), actor,
                    null, Activation.DEFAULT);
        });
    }

    private List<String> participants(List<String> requested, String initiating) {
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String code = requested.get(i).strip();
            departments.require(code, "participatingDepartments[" + i + "]");
            if (!code.equals(initiating) && !participants.contains(code)) {
                participants.add(code);
            }
        }
        if (participants.isEmpty()) {
            throw new InvalidValueException("participatingDepartments",
                    TEXTS.en("field.participatingDepartments.none-besides-initiating"),
                    TEXTS.zh("field.participatingDepartments.none-besides-initiating"));
        }
        return participants;
    }

    private void requireOneContactEach(Project project, List<Team.Contact> contacts) {
        Map<String, Integer> count = new HashMap<>();
        contacts.forEach(c -> count.merge(c.department(), 1, Integer::sum));
        List<FieldError> errors = new ArrayList<>();
        for (String department : project.participants()) {
            int n = count.getOrDefault(department, 0);
            if (n != 1) {
                errors.add(ProjectRules.textError("contacts", "field.contacts.not-one", department, n));
            }
        }
        count.keySet().stream().filter(d -> !project.participants().contains(d)).sorted().forEach(d ->
                errors.add(ProjectRules.textError("contacts", "field.contacts.not-taking-part", d)));
        if (!errors.isEmpty()) {
            throw new RuleBrokenException(ProblemText.of(ProjectService.class, "one-contact-per-department"), errors);
        }
    }

    /** 对事不对人: a process problem names no person of the project (leader, contacts, task owners). */
    private void requireAboutTheProcess(Project project, List<String> problems) {
        Set<String> persons = new LinkedHashSet<>();
        if (project.team() != null) {
            persons.add(project.team().leader().userId());
            persons.add(project.team().leader().name());
            project.team().contacts().forEach(c -> {
                persons.add(c.userId());
                persons.add(c.name());
            });
        }
        projects.tasks(project).forEach(t -> {
            persons.add(t.personId());
            persons.add(t.personName());
        });
        persons.removeIf(p -> p == null || p.isBlank());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            String text = problems.get(i).toLowerCase(Locale.ROOT);
            for (String person : persons) {
                if (text.contains(person.toLowerCase(Locale.ROOT))) {
                    errors.add(ProjectRules.textError("processProblems[" + i + "]", "field.processProblems.names-person",
                            person));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleBrokenException(ProblemText.of(ProjectService.class, "problem-about-a-person"), errors);
        }
    }

    /** The project for a caller, or 404 (another department's project is not found either). */
    Project requireVisible(String number) {
        return projects.findByNumber(number).filter(access::sees).orElseThrow(() -> new ObjectNotFoundException("Project", number));
    }
}
