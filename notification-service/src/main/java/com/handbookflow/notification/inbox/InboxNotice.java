package com.handbookflow.notification.inbox;

import com.handbookflow.notification.deadline.EscalationLevel;
import com.handbookflow.notification.deadline.NoticeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice as its recipients read it in the inbox (table {@code notification}, served as the REST
 * {@code Notification}): addressed to a person and/or department; its idempotency key makes it happen once.
 */
@Entity
@Table(name = "notification")
public class InboxNotice {

    @Id
    private UUID id;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Enumerated(EnumType.STRING)
    private NoticeKind kind;
    @Enumerated(EnumType.STRING)
    private EscalationLevel level;
    @Column(name = "obligation_id")
    private UUID obligationId;
    @Column(name = "process_type")
    private String processType;
    @Column(name = "instance_id")
    private UUID instanceId;
    @Column(name = "business_number")
    private String businessNumber;
    @Column(name = "item_key")
    private String itemKey;
    @Column(name = "recipient_person")
    private String recipientPerson;
    @Column(name = "recipient_department")
    private String recipientDepartment;
    @Column(name = "title_zh")
    private String titleZh;
    @Column(name = "title_en")
    private String titleEn;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Column(name = "digest_id")
    private UUID digestId;

    protected InboxNotice() {
    }

    /** Marks it read; reading twice keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public UUID id() { return id; }
    public String idempotencyKey() { return idempotencyKey; }
    public NoticeKind kind() { return kind; }
    public EscalationLevel level() { return level; }
    public UUID obligationId() { return obligationId; }
    public String processType() { return processType; }
    public UUID instanceId() { return instanceId; }
    public String businessNumber() { return businessNumber; }
    public String itemKey() { return itemKey; }
    public String recipientPerson() { return recipientPerson; }
    public String recipientDepartment() { return recipientDepartment; }
    public String titleZh() { return titleZh; }
    public String titleEn() { return titleEn; }
    public Instant dueAt() { return dueAt; }
    public Instant createdAt() { return createdAt; }
    public Instant readAt() { return readAt; }
    /** The digest (or quiet-hours hold) that carried it to the push channels; null when it went out at once. */
    public UUID digestId() { return digestId; }
}
