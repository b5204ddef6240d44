package com.handbookflow.complaint.domain;

import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.domain.StateConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An improvement measure of the closure (改进措施): an owner department and a deadline, tracked until done. */
@Entity
@Table(name = "improvement_measure")
public class ImprovementMeasure {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    private int seq;
    private String description;
    @Column(name = "owner_department")
    private String ownerDepartment;
    private LocalDate deadline;
    @Column(name = "due_at")
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private MeasureState state;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "on_time")
    private Boolean onTime;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ImprovementMeasure() {
    }

    ImprovementMeasure(Complaint complaint, int seq, String description, String ownerDepartment, LocalDate deadline,
                       Instant dueAt, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.complaint = complaint;
        this.seq = seq;
        this.description = description;
        this.ownerDepartment = ownerDepartment;
        this.deadline = deadline;
        this.dueAt = dueAt;
        this.state = MeasureState.OPEN;
        this.createdAt = createdAt;
    }

    /** The owner department reports the measure done; once only. */
    public void complete(Instant at) {
        if (state == MeasureState.DONE) {
            throw new StateConflictException(ProblemText.of(ImprovementMeasure.class, "measure-done", seq, completedAt));
        }
        state = MeasureState.DONE;
        completedAt = at;
        onTime = !at.isAfter(dueAt);
    }

    public UUID id() { return id; }
    public int seq() { return seq; }
    public String description() { return description; }
    public String ownerDepartment() { return ownerDepartment; }
    public LocalDate deadline() { return deadline; }
    public Instant dueAt() { return dueAt; }
    public MeasureState state() { return state; }
    public Instant completedAt() { return completedAt; }
    public Boolean onTime() { return onTime; }
    public Instant createdAt() { return createdAt; }
}
