package com.handbookflow.project.service;

import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.core.obligation.Obligation;
import com.handbookflow.core.obligation.ObligationSubject;
import com.handbookflow.core.label.Texts;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.domain.ProjectMeeting;
import com.handbookflow.project.domain.ProjectRisk;
import com.handbookflow.project.domain.ProjectTask;

import java.time.Instant;

/**
 * What a project owes besides its active node, on the kit's obligation model, so notification-service
 * reminds and escalates each with no change of its own: every task to its deadline ({@code task-T1},
 * {@code task-T1#2} after a rejected acceptance), every risk to its resolution deadline
 * ({@code risk-1}), each weekly meeting ({@code weekly-meeting-1}) and the weekly report after it
 * ({@code weekly-report-1}, within 24 hours).
 */
final class ProjectObligations {

    static final String TASK = "PROJECT_TASK";
    static final String RISK = "PROJECT_RISK";
    static final String WEEKLY_MEETING = "WEEKLY_MEETING";
    static final String WEEKLY_REPORT = "WEEKLY_REPORT";

    private static final Texts TEXTS = Texts.of(ProjectObligations.class);

    private ProjectObligations() {
    }

    static Obligation task(ProcessInstance process, ProjectTask task, String calendarVersion) {
        String key = "task-" + task.key() + (task.round() > 1 ? "#" + task.round() : "");
        return Obligation.owed(ObligationSubject.of(process), key, TASK, TEXTS.zh("obligation.task", task.name()),
                        TEXTS.en("obligation.task", task.name()))
                .by(task.department(), task.personId())
                .due(null, task.dueAt(), null, calendarVersion);
    }

    static Obligation risk(ProcessInstance process, ProjectRisk risk, String calendarVersion) {
        return Obligation.owed(ObligationSubject.of(process), Obligation.numberedKey("risk", risk.seq()), RISK,
                        TEXTS.zh("obligation.risk", risk.description()), TEXTS.en("obligation.risk", risk.description()))
                .by(risk.department(), null)
                .due(risk.raisedAt(), risk.dueAt(), null, calendarVersion);
    }

    static Obligation meeting(ProcessInstance process, Project project, int seq, Instant startedAt, Instant dueAt,
                              String calendarVersion) {
        return Obligation.owed(ObligationSubject.of(process), Obligation.numberedKey("weekly-meeting", seq),
                        WEEKLY_MEETING, TEXTS.zh("obligation.weekly-meeting"), TEXTS.en("obligation.weekly-meeting"))
                .by(project.initiatingDepartment(), project.leaderId().orElse(null))
                .due(startedAt, dueAt, null, calendarVersion);
    }

    static Obligation weeklyReport(ProcessInstance process, Project project, ProjectMeeting meeting, String limit,
                                   String calendarVersion) {
        return Obligation.owed(ObligationSubject.of(process), Obligation.numberedKey("weekly-report", meeting.seq()),
                        WEEKLY_REPORT, TEXTS.zh("obligation.weekly-report"), TEXTS.en("obligation.weekly-report"))
                .by(project.initiatingDepartment(), project.leaderId().orElse(null))
                .due(meeting.heldAt(), meeting.reportDueAt(), limit, calendarVersion);
    }
}
