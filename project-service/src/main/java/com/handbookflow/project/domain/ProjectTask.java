package com.handbookflow.project.domain;

import com.handbookflow.core.label.Texts;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A row of table 5 《项目任务清单》 with its own lifecycle: 待执行 PENDING, 进行中 IN_PROGRESS, 已完成 DONE,
 * 延期 DELAYED (set by the delay scan when the deadline passes and the task is not done). A task
 * starts only when its predecessors (finish-to-start) are done.
 */
@Entity
@Table(name = "project_task")
public class ProjectTask {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;
    @Column(name = "task_key")
    private String key;
    private int seq;
    private String name;
    private String department;
    @Column(name = "person_id")
    private String personId;
    @Column(name = "person_name")
    private String personName;
    @Column(name = "deliverable_standard")
    private String deliverableStandard;
    @Column(name = "start_date")
    private LocalDate startDate;
    private LocalDate deadline;
    /** The end of the deadline's working day: when the task falls due. */
    @Column(name = "due_at")
    private Instant dueAt;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> predecessors = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "delayed_at")
    private Instant delayedAt;
    /** 1, then one more each time acceptance rejects the result and the task is worked again. */
    private int round = 1;
    @JdbcTypeCode(SqlTypes.JSON)
    private TaskAcceptance acceptance;
    @Version
    private long version;

    protected ProjectTask() {
    }

    public static ProjectTask plan(Project project, int seq, String name, String department, String personId,
                                   String personName, String deliverableStandard, LocalDate startDate,
                                   LocalDate deadline, Instant dueAt, List<String> predecessors) {
        ProjectTask task = new ProjectTask();
        task.id = UUID.randomUUID();
        task.project = project;
        task.seq = seq;
        task.key = "T" + seq;
        task.name = name;
        task.department = department;
        task.personId = personId;
        task.personName = personName;
        task.deliverableStandard = deliverableStandard;
        task.startDate = startDate;
        task.deadline = deadline;
        task.dueAt = dueAt;
        task.predecessors = new ArrayList<>(predecessors);
        task.status = TaskStatus.PENDING;
        return task;
    }

    /** A task not started yet takes the content of {@code plan} (same key), as planned again. */
    public void revise(ProjectTask plan) {
        name = plan.name;
        department = plan.department;
        personId = plan.personId;
        personName = plan.personName;
        deliverableStandard = plan.deliverableStandard;
        startDate = plan.startDate;
        deadline = plan.deadline;
        dueAt = plan.dueAt;
        predecessors = new ArrayList<>(plan.predecessors);
        status = TaskStatus.PENDING;
        delayedAt = null;
    }

    /** Work begins; the caller has checked the predecessors are done. */
    public void start(Instant now) {
        if (startedAt != null || status == TaskStatus.DONE) {
            throw new StateConflictException(ProblemText.of(ProjectTask.class, "task-already-started", key, status,
                    status.zh(), startedAt))
                    .with("currentState", status.name());
        }
        startedAt = now;
        if (status == TaskStatus.PENDING) {
            status = TaskStatus.IN_PROGRESS;
        }
    }

    /** The department reports the deliverable done (a DELAYED task too: late, but done). */
    public void complete(Instant now) {
        if (startedAt == null || status == TaskStatus.DONE) {
            throw new StateConflictException(ProblemText.of(ProjectTask.class, "task-not-in-progress", key, status,
                    status.zh(), startedAt == null ? Texts.of(ProjectTask.class).en("task.never-started") : ""))
                    .with("currentState", status.name());
        }
        status = TaskStatus.DONE;
        completedAt = now;
    }

    /** Past its deadline and not done: 延期. */
    public void markDelayed(Instant now) {
        status = TaskStatus.DELAYED;
        delayedAt = now;
    }

    /** Accepted against its deliverable standard, or rejected: then worked again (back to IN_PROGRESS). */
    public void accept(TaskAcceptance result, LocalDate newDeadline, Instant newDueAt) {
        if (status != TaskStatus.DONE) {
            throw new StateConflictException(ProblemText.of(ProjectTask.class, "task-not-done", key, status,
                    status.zh()))
                    .with("currentState", status.name());
        }
        acceptance = result;
        if (result.result() == AcceptanceResult.REJECTED) {
            status = TaskStatus.IN_PROGRESS;
            completedAt = null;
            delayedAt = null;
            round++;
            if (newDeadline != null) {
                deadline = newDeadline;
                dueAt = newDueAt;
            }
        }
    }

    public boolean isAccepted() {
        return status == TaskStatus.DONE && acceptance != null && acceptance.result() == AcceptanceResult.ACCEPTED
                && acceptance.round() == round;
    }

    public boolean isDone() {
        return status == TaskStatus.DONE;
    }

    public UUID id() { return id; }
    public Project project() { return project; }
    public String key() { return key; }
    public int seq() { return seq; }
    public String name() { return name; }
    public String department() { return department; }
    public String personId() { return personId; }
    public String personName() { return personName; }
    public String deliverableStandard() { return deliverableStandard; }
    public LocalDate startDate() { return startDate; }
    public LocalDate deadline() { return deadline; }
    public Instant dueAt() { return dueAt; }
    public List<String> predecessors() { return List.copyOf(predecessors); }
    public TaskStatus status() { return status; }
    public Instant startedAt() { return startedAt; }
    public Instant completedAt() { return completedAt; }
    public Instant delayedAt() { return delayedAt; }
    public int round() { return round; }
    public TaskAcceptance acceptance() { return acceptance; }
}
