package com.handbookflow.project.service;

import com.handbookflow.core.calendar.recompute.RecomputableDeadlines;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.obligation.Obligation;
import com.handbookflow.project.domain.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;

/**
 * The weekly meetings owed, for the kit's recomputation after a calendar year was loaded: a meeting day
 * that turns out to be a public holiday moves to the next working day, as it would have had the year
 * been known. Tasks and risks are not listed: their deadlines are dates people named (the end of that
 * day's working hours whatever the calendar says), so they keep the calendar version they were opened with.
 */
@ApplicationScoped
class WeeklyMeetingDeadlines implements RecomputableDeadlines {

    private final ProjectRepository projects;
    private final ProcessEngine engine;
    private final ProjectFlow flow;

    WeeklyMeetingDeadlines(ProjectRepository projects, ProcessEngine engine, ProjectFlow flow) {
        this.projects = projects;
        this.engine = engine;
        this.flow = flow;
    }

    @Override
    public String kind() {
        return ProjectObligations.WEEKLY_MEETING;
    }

    @Override
    public List<OpenDeadline> computedWithOtherThan(String calendarVersion) {
        return projects.find("meetings.dueAt is not null and meetings.startedAt is not null"
                        + " and meetings.calendarVersion <> ?1 order by number", calendarVersion)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .map(p -> new OpenDeadline(p.id(), p.number(), Obligation.numberedKey("weekly-meeting", p.meetings().seq()),
                        p.meetings().dueAt(), p.meetings().calendarVersion(),
                        calendar -> flow.weeklyMeeting().next(p.meetings().startedAt(), calendar)))
                .toList();
    }

    @Override
    public void reschedule(OpenDeadline deadline, Instant dueAt, String calendarVersion, Actor actor, Instant now) {
        Project project = projects.findById(deadline.id());
        ProcessInstance process = engine.load(project.processInstanceId());
        project.meetings().reschedule(dueAt, calendarVersion);
        process.raise(ProjectObligations.meeting(process, project, project.meetings().seq(), project.meetings().startedAt(),
                dueAt, calendarVersion).opened(actor, now));
    }
}
