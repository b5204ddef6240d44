package com.handbookflow.notification.digest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A window in which notices to one recipient are bundled; sent (or closed empty) once, at {@code sendAt}. */
@Entity
@Table(name = "notice_digest")
public class NoticeDigest {

    public static final String OPEN = "OPEN";
    public static final String SENT = "SENT";
    public static final String EMPTY = "EMPTY";

    @Id
    private UUID id;
    @Column(name = "recipient_key")
    private String recipientKey;
    @Enumerated(EnumType.STRING)
    private DigestPurpose purpose;
    @Column(name = "recipient_person")
    private String recipientPerson;
    @Column(name = "recipient_department")
    private String recipientDepartment;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "send_at")
    private Instant sendAt;
    private String state;
    @Column(name = "item_count")
    private Integer itemCount;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Version
    private long version;

    protected NoticeDigest() {
    }

    void sent(int items, Instant now) {
        state = items == 0 ? EMPTY : SENT;
        itemCount = items;
        sentAt = now;
    }

    public UUID id() { return id; }
    public String recipientKey() { return recipientKey; }
    public DigestPurpose purpose() { return purpose; }
    public String recipientPerson() { return recipientPerson; }
    public String recipientDepartment() { return recipientDepartment; }
    public Instant openedAt() { return openedAt; }
    public Instant sendAt() { return sendAt; }
    public String state() { return state; }
    public Integer itemCount() { return itemCount; }
    public Instant sentAt() { return sentAt; }
}
