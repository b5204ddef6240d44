package com.handbookflow.project.domain;

import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.domain.StateConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of table 6 《风险预警及应对表》; its resolution deadline is an obligation of its department. */
@Entity
@Table(name = "project_risk")
public class ProjectRisk {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;
    private int seq;
    private String description;
    @Enumerated(EnumType.STRING)
    private RiskLevel level;
    private String impact;
    private String department;
    private String measures;
    @Column(name = "warning_date")
    private LocalDate warningDate;
    @Column(name = "resolve_by")
    private LocalDate resolveBy;
    @Column(name = "due_at")
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private RiskStatus status;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Column(name = "raised_by")
    private String raisedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    private String resolution;
    @Version
    private long version;

    protected ProjectRisk() {
    }

    public static ProjectRisk raise(Project project, int seq, String description, RiskLevel level, String impact,
                                    String department, String measures, LocalDate warningDate, LocalDate resolveBy,
                                    Instant dueAt, String raisedBy, Instant now) {
        ProjectRisk risk = new ProjectRisk();
        risk.id = UUID.randomUUID();
        risk.project = project;
        risk.seq = seq;
        risk.description = description;
        risk.level = level;
        risk.impact = impact;
        risk.department = department;
        risk.measures = measures;
        risk.warningDate = warningDate;
        risk.resolveBy = resolveBy;
        risk.dueAt = dueAt;
        risk.status = RiskStatus.OPEN;
        risk.raisedAt = now;
        risk.raisedBy = raisedBy;
        return risk;
    }

    public void resolve(String how, Instant now) {
        if (status == RiskStatus.RESOLVED) {
            throw new StateConflictException(ProblemText.of(ProjectRisk.class, "risk-resolved", seq, resolvedAt))
                    .with("currentState", status.name());
        }
        status = RiskStatus.RESOLVED;
        resolution = how;
        resolvedAt = now;
    }

    public UUID id() { return id; }
    public Project project() { return project; }
    public int seq() { return seq; }
    public String description() { return description; }
    public RiskLevel level() { return level; }
    public String impact() { return impact; }
    public String department() { return department; }
    public String measures() { return measures; }
    public LocalDate warningDate() { return warningDate; }
    public LocalDate resolveBy() { return resolveBy; }
    public Instant dueAt() { return dueAt; }
    public RiskStatus status() { return status; }
    public Instant raisedAt() { return raisedAt; }
    public String raisedBy() { return raisedBy; }
    public Instant resolvedAt() { return resolvedAt; }
    public String resolution() { return resolution; }
}
