package com.handbookflow.project.service;

import com.handbookflow.core.act.BusinessActs;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.ObjectNotFoundException;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;
import com.handbookflow.core.obligation.CalendarCadence;
import com.handbookflow.project.config.ProjectConfig;
import com.handbookflow.project.domain.DepartmentReport;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.domain.ProjectMeeting;
import com.handbookflow.project.domain.WeeklyReport;
import com.handbookflow.project.security.ProjectAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.handbookflow.project.service.ProjectProcess.*;

/**
 * The weekly progress meeting at a fixed weekday and time (a calendar cadence obligation): each held
 * meeting records every department's report, meets the meeting owed, opens the next one, and owes
 * 《项目周报》 within 24 hours after it. Each act answers the meeting; the REST resource maps it to the view.
 */
@ApplicationScoped
public class MeetingService {

    private static final Texts TEXTS = Texts.of(MeetingService.class);

    private final BusinessActs acts;
    private final ProjectsForActs forActs;
    private final ProjectRepository projects;
    private final ProjectConfig config;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ProjectAccess access;
    private final ProjectFlow flow;
    private final com.handbookflow.core.engine.ProcessEngine engine;

    MeetingService(com.handbookflow.core.engine.ProcessEngine engine, BusinessActs acts, ProjectsForActs forActs, ProjectRepository projects, ProjectConfig config,
                   WorkingDayCalendar calendar, Clock clock, ProjectAccess access,
                   ProjectFlow flow) {
        this.engine = engine;
        this.acts = acts;
        this.forActs = forActs;
        this.projects = projects;
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
        this.access = access;
        this.flow = flow;
    }

    @Transactional
    public List<ProjectMeeting> list(String number) {
        Project project = projects.findByNumber(number).filter(access::sees)
                .orElseThrow(() -> new ObjectNotFoundException("Project", number));
        return projects.meetings(project);
    }

    /** A weekly meeting held, led by the leader: every department of the project reports. */
    @Transactional
    public ProjectMeeting hold(String number, Instant requestedHeldAt, List<DepartmentReport> reports,
                               String decisions, Actor actor) {
        ProjectMeeting[] held = new ProjectMeeting[1];
        acts.onNode(forActs, number, PROGRESS, (project, process, now) -> {
            Instant heldAt = requestedHeldAt == null ? now : requestedHeldAt;
            if (heldAt.isAfter(now)) {
                throw new InvalidValueException("heldAt", TEXTS.en("field.heldAt.in-future"),
                        TEXTS.zh("field.heldAt.in-future"));
            }
            Set<String> reported = reports.stream().map(DepartmentReport::department).collect(Collectors.toSet());
            List<String> silent = project.departments().stream().filter(d -> !reported.contains(d)).toList();
            if (!silent.isEmpty()) {
                throw new RuleBrokenException(ProblemText.of(MeetingService.class, "department-reports-missing",
                        String.join(", ", silent), String.join("、", silent)))
                        .with("missingDepartments", silent);
            }
            int seq = project.meetings().seq();
            Instant due = project.meetings().dueAt();
            Instant reportDue = CalendarCadence.within(config.weeklyReportWithin()).dueAfter(heldAt);
            ProjectMeeting meeting = ProjectMeeting.held(project, seq, due, heldAt, reports, decisions, reportDue);
            projects.add(meeting);
            process.raise(ProjectObligations.meeting(process, project, seq, null, due, flow.computedWith(project))
                    .fulfilled(heldAt, actor, now));
            process.raise(ProjectObligations.weeklyReport(process, project, meeting, config.weeklyReportWithin()
                    .toString(), calendar.version()).opened(actor, now));
            flow.expectNextMeeting(project, process, actor, due.isAfter(heldAt) ? due.plusSeconds(60)
                    : heldAt.plusSeconds(60), now);
            held[0] = meeting;
        });
        return held[0];
    }

    /** 《项目周报》 of meeting {@code seq}: meets the report owed (on time within 24 hours of the meeting). */
    @Transactional
    public ProjectMeeting report(String number, int seq, String summary, Actor actor) {
        // Owed after the last meeting too, when the progress phase has ended since: not tied to the node.
        Project project = acts.lockVisible(forActs, number);
        access.requireMayLead(project);
        com.handbookflow.core.engine.ProcessInstance process = engine.load(project.processInstanceId());
        Instant now = clock.instant();
        ProjectMeeting meeting = projects.meetings(project).stream().filter(m -> m.seq() == seq).findFirst()
                .orElseThrow(() -> new ObjectNotFoundException("Meeting", number + "/" + seq));
        meeting.report(new WeeklyReport(summary, actor.userId(), actor.name(), now,
                !now.isAfter(meeting.reportDueAt())));
        process.raise(ProjectObligations.weeklyReport(process, project, meeting, config.weeklyReportWithin()
                .toString(), calendar.version()).fulfilled(now, actor, now));
        return meeting;
    }
}
