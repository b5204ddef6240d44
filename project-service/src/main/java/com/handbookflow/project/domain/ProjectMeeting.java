package com.handbookflow.project.domain;

import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.domain.StateConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A weekly progress meeting (周例会) with each department's report, and the 《项目周报》 owed after it. */
@Entity
@Table(name = "project_meeting")
public class ProjectMeeting {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;
    private int seq;
    /** When the cadence had it due (null for an extra meeting). */
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "held_at")
    private Instant heldAt;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<DepartmentReport> reports = new ArrayList<>();
    private String decisions;
    @Column(name = "report_due_at")
    private Instant reportDueAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "weekly_report")
    private WeeklyReport weeklyReport;
    @Version
    private long version;

    protected ProjectMeeting() {
    }

    public static ProjectMeeting held(Project project, int seq, Instant dueAt, Instant heldAt,
                                      List<DepartmentReport> reports, String decisions, Instant reportDueAt) {
        ProjectMeeting meeting = new ProjectMeeting();
        meeting.id = UUID.randomUUID();
        meeting.project = project;
        meeting.seq = seq;
        meeting.dueAt = dueAt;
        meeting.heldAt = heldAt;
        meeting.reports = new ArrayList<>(reports);
        meeting.decisions = decisions;
        meeting.reportDueAt = reportDueAt;
        return meeting;
    }

    public void report(WeeklyReport report) {
        if (weeklyReport != null) {
            throw new StateConflictException(ProblemText.of(ProjectMeeting.class, "weekly-report-submitted", seq,
                    weeklyReport.at()));
        }
        weeklyReport = report;
    }

    public UUID id() { return id; }
    public Project project() { return project; }
    public int seq() { return seq; }
    public Instant dueAt() { return dueAt; }
    public Instant heldAt() { return heldAt; }
    public List<DepartmentReport> reports() { return List.copyOf(reports); }
    public String decisions() { return decisions; }
    public Instant reportDueAt() { return reportDueAt; }
    public WeeklyReport weeklyReport() { return weeklyReport; }
}
