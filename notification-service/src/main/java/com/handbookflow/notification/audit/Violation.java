package com.handbookflow.notification.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An entry of the violation register. */
@Entity
@Table(name = "violation")
public class Violation {

    @Id
    private UUID id;
    @Column(name = "instance_id")
    private UUID instanceId;
    @Column(name = "process_type")
    private String processType;
    @Column(name = "business_number")
    private String businessNumber;
    @Column(name = "node_key")
    private String nodeKey;
    private String department;
    @Enumerated(EnumType.STRING)
    private ViolationCategory category;
    @Enumerated(EnumType.STRING)
    private ViolationSource source;
    private String note;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String quarter;
    @Enumerated(EnumType.STRING)
    private ViolationStatus status;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Version
    private long version;

    protected Violation() {
    }

    public Violation(UUID instanceId, String processType, String businessNumber, String nodeKey, String department,
                     ViolationCategory category, ViolationSource source, String note, Instant occurredAt, String quarter) {
        this.id = UUID.randomUUID();
        this.instanceId = instanceId;
        this.processType = processType;
        this.businessNumber = businessNumber;
        this.nodeKey = nodeKey;
        this.department = department;
        this.category = category;
        this.source = source;
        this.note = note;
        this.occurredAt = occurredAt;
        this.quarter = quarter;
        this.status = ViolationStatus.OPEN;
    }

    /** The correction is done. */
    public void resolve(Instant now) {
        if (status != ViolationStatus.OPEN) {
            throw new IllegalStateException("violation " + id + " is already " + status);
        }
        status = ViolationStatus.RESOLVED;
        resolvedAt = now;
    }

    public UUID id() { return id; }
    public UUID instanceId() { return instanceId; }
    public String processType() { return processType; }
    public String businessNumber() { return businessNumber; }
    public String nodeKey() { return nodeKey; }
    public String department() { return department; }
    public ViolationCategory category() { return category; }
    public ViolationSource source() { return source; }
    public String note() { return note; }
    public Instant occurredAt() { return occurredAt; }
    public String quarter() { return quarter; }
    public ViolationStatus status() { return status; }
    public Instant resolvedAt() { return resolvedAt; }
}
