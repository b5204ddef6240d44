package com.handbookflow.core.engine.item;

import com.handbookflow.core.engine.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * One work item of one activation (round) of a node: a review row signed by its reviewer, a
 * department's duty. Changed only through {@link WorkItems}, which publishes each change as an
 * obligation (kind {@value #KIND}) so the notification service reminds and escalates it.
 */
@Entity
@Table(name = "work_item")
public class WorkItem {

    /** The obligation kind of work items on {@code obligation-changed} events. */
    public static final String KIND = "WORK_ITEM";

    /** Where an item comes from: the node's definition or a scenario's decision at run time. */
    public enum Origin { DEFINITION, RUNTIME }

    @Id
    private UUID id;

    @Column(name = "process_instance_id")
    private UUID instanceId;

    @Column(name = "node_instance_id")
    private UUID nodeInstanceId;

    @Column(name = "node_key")
    private String nodeKey;

    /** The node's attempt: 1, then 2 after a back-edge re-activated the node, ... */
    private int round;

    @Column(name = "item_key")
    private String itemKey;

    /** Order within the round: definition order, then run-time additions. */
    private int seq;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private Origin origin;

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

    @Enumerated(EnumType.STRING)
    private WorkItemState state;

    @Enumerated(EnumType.STRING)
    private WorkItemResult result;

    private String comment;

    @Column(name = "signed_by_id")
    private String signedById;

    @Column(name = "signed_by_name")
    private String signedByName;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "on_time")
    private Boolean onTime;

    @Version
    private long version;

    protected WorkItem() {
    }

    WorkItem(UUID instanceId, UUID nodeInstanceId, String nodeKey, int round, String itemKey, int seq, String nameZh,
             String nameEn, Origin origin, String responsibleDepartment, String responsiblePerson, Instant startedAt,
             Instant dueAt, String limitSpec, String calendarVersion) {
        this.id = UUID.randomUUID();
        this.instanceId = instanceId;
        this.nodeInstanceId = nodeInstanceId;
        this.nodeKey = nodeKey;
        this.round = round;
        this.itemKey = itemKey;
        this.seq = seq;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.origin = origin;
        this.responsibleDepartment = responsibleDepartment;
        this.responsiblePerson = responsiblePerson;
        this.startedAt = startedAt;
        this.dueAt = dueAt;
        this.limitSpec = limitSpec;
        this.calendarVersion = calendarVersion;
        this.state = WorkItemState.OPEN;
    }

    /** Signs the item off with its result; only an open item can be signed (409 names who signed it). */
    void sign(WorkItemResult newResult, String newComment, Actor actor, Instant at) {
        if (state != WorkItemState.OPEN) {
            throw WorkItemRefusals.notOpen(this);
        }
        this.state = WorkItemState.DONE;
        this.result = newResult;
        this.comment = newComment;
        this.signedById = actor.userId();
        this.signedByName = actor.name();
        this.completedAt = at;
        this.onTime = !at.isAfter(dueAt);
    }

    /** Hands the open item to another department or person; its deadline keeps running. */
    void handOver(String department, String person) {
        if (state != WorkItemState.OPEN) {
            throw WorkItemRefusals.notOpen(this);
        }
        this.responsibleDepartment = department;
        this.responsiblePerson = person;
    }

    /** Its deadline recomputed with a newer calendar version (a calendar year was loaded). */
    void reschedule(Instant newDueAt, String newCalendarVersion) {
        this.dueAt = newDueAt;
        this.calendarVersion = newCalendarVersion;
    }

    /** Its node ended without it: no longer owed. */
    void close(Instant at) {
        this.state = WorkItemState.CLOSED;
        this.completedAt = at;
    }

    public boolean isOpen() {
        return state == WorkItemState.OPEN;
    }

    /**
     * The item's key among the instance's obligations: {@code <NODE>/<item>} in the node's first
     * round, {@code <NODE>/<item>#<round>} in later rounds.
     */
    public String obligationKey() {
        return nodeKey + "/" + itemKey + (round == 1 ? "" : "#" + round);
    }

    public UUID id() { return id; }
    public UUID instanceId() { return instanceId; }
    public UUID nodeInstanceId() { return nodeInstanceId; }
    public String nodeKey() { return nodeKey; }
    public int round() { return round; }
    public String itemKey() { return itemKey; }
    public int seq() { return seq; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public Origin origin() { return origin; }
    public String responsibleDepartment() { return responsibleDepartment; }
    public String responsiblePerson() { return responsiblePerson; }
    public Instant startedAt() { return startedAt; }
    public Instant dueAt() { return dueAt; }
    public String limitSpec() { return limitSpec; }
    public String calendarVersion() { return calendarVersion; }
    public WorkItemState state() { return state; }
    public WorkItemResult result() { return result; }
    public String comment() { return comment; }
    public String signedById() { return signedById; }
    public String signedByName() { return signedByName; }
    public Instant completedAt() { return completedAt; }
    public Boolean onTime() { return onTime; }
}
