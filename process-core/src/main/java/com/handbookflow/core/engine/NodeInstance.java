package com.handbookflow.core.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One activation of a node: a node reached again through a back-edge gets a new row (attempt 2, ...),
 * so the timeline keeps what happened each time. Changed only through {@link ProcessInstance}.
 */
@Entity
@Table(name = "node_instance")
// Completing a node changes its state and completion columns: the update names only those.
@DynamicUpdate
public class NodeInstance {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "process_instance_id")
    private ProcessInstance instance;

    /** Position in the instance's timeline. */
    private int seq;

    @Column(name = "node_key")
    private String nodeKey;

    private int attempt;

    @Enumerated(EnumType.STRING)
    private NodeState state;

    @Column(name = "responsible_department")
    private String responsibleDepartment;

    @Column(name = "responsible_person")
    private String responsiblePerson;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "limit_spec")
    private String limitSpec;

    @Column(name = "calendar_version")
    private String calendarVersion;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "on_time")
    private Boolean onTime;

    private String outcome;

    /** Replaced, never changed in place: Hibernate keeps the loaded value as its snapshot (no deep copy per load). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private List<NodeOutput> outputs = new ArrayList<>();

    /** Whether work items were opened on this activation: a completion reads the items only then. */
    @Column(name = "has_work_items")
    private boolean hasWorkItems;

    @Column(name = "actor_id")
    private String actorId;

    @Column(name = "actor_name")
    private String actorName;

    private String comment;

    protected NodeInstance() {
    }

    NodeInstance(ProcessInstance instance, int seq, String nodeKey, int attempt, String responsibleDepartment,
                 String responsiblePerson, Instant startedAt, Instant dueAt, String limitSpec, String calendarVersion) {
        this.id = UUID.randomUUID();
        this.instance = instance;
        this.seq = seq;
        this.nodeKey = nodeKey;
        this.attempt = attempt;
        this.state = NodeState.ACTIVE;
        this.responsibleDepartment = responsibleDepartment;
        this.responsiblePerson = responsiblePerson;
        this.startedAt = startedAt;
        this.dueAt = dueAt;
        this.limitSpec = limitSpec;
        this.calendarVersion = calendarVersion;
    }

    void finish(NodeState finalState, String outcome, List<NodeOutput> outputs, Actor actor, String comment,
                Instant at) {
        this.state = finalState;
        this.outcome = outcome;
        this.outputs = new ArrayList<>(outputs);
        this.actorId = actor.userId();
        this.actorName = actor.name();
        this.comment = comment;
        this.completedAt = at;
        this.onTime = !at.isAfter(dueAt);
    }

    void handOver(String department, String person, Actor actor, String comment) {
        this.responsibleDepartment = department;
        this.responsiblePerson = person;
        this.actorId = actor.userId();
        this.actorName = actor.name();
        this.comment = comment;
    }

    void reschedule(Instant newDueAt, String newLimitSpec, String newCalendarVersion) {
        this.dueAt = newDueAt;
        this.limitSpec = newLimitSpec;
        this.calendarVersion = newCalendarVersion;
    }

    /** Notes that a work item was opened on this activation ({@code WorkItems} opens them). */
    public void noteWorkItem() {
        hasWorkItems = true;
    }

    public boolean hasWorkItems() { return hasWorkItems; }

    public boolean isActive() {
        return state == NodeState.ACTIVE;
    }

    /** Overdue now: still active past its due instant. */
    public boolean isOverdue(Instant now) {
        return isActive() && now.isAfter(dueAt);
    }

    public UUID id() { return id; }
    public ProcessInstance instance() { return instance; }
    public int seq() { return seq; }
    public String nodeKey() { return nodeKey; }
    public int attempt() { return attempt; }
    public NodeState state() { return state; }
    public String responsibleDepartment() { return responsibleDepartment; }
    public String responsiblePerson() { return responsiblePerson; }
    public Instant startedAt() { return startedAt; }
    public Instant dueAt() { return dueAt; }
    public String limitSpec() { return limitSpec; }
    public String calendarVersion() { return calendarVersion; }
    public Instant completedAt() { return completedAt; }
    public Boolean onTime() { return onTime; }
    public String outcome() { return outcome; }
    public List<NodeOutput> outputs() { return List.copyOf(outputs); }
    public String actorId() { return actorId; }
    public String actorName() { return actorName; }
    public String comment() { return comment; }
}
