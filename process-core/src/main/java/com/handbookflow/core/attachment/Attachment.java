package com.handbookflow.core.attachment;

import com.handbookflow.core.engine.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a business object; its content is stored in chunks beside it (see {@link Attachments}). */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    private UUID id;

    @Column(name = "owner_type")
    private String ownerType;

    @Column(name = "owner_id")
    private String ownerId;

    private String slot;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    @Column(name = "uploaded_by_id")
    private String uploadedById;

    @Column(name = "uploaded_by_name")
    private String uploadedByName;

    @Column(name = "uploaded_by_department")
    private String uploadedByDepartment;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(AttachmentOwner owner, String slot, String fileName, String contentType, Actor actor, Instant at) {
        this.id = UUID.randomUUID();
        this.ownerType = owner.type();
        this.ownerId = owner.id();
        this.slot = slot;
        this.fileName = fileName;
        this.contentType = contentType;
        this.uploadedById = actor.userId();
        this.uploadedByName = actor.name();
        this.uploadedByDepartment = actor.department();
        this.uploadedAt = at;
        this.sha256 = "";
    }

    /** The content as it was written: its size and SHA-256, known only once every chunk is stored. */
    void contentWritten(long size, String sha256) {
        this.size = size;
        this.sha256 = sha256;
    }

    public UUID id() { return id; }
    public AttachmentOwner owner() { return new AttachmentOwner(ownerType, ownerId); }
    public String slot() { return slot; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long size() { return size; }
    /** Lower-case hex SHA-256 of the content. */
    public String sha256() { return sha256; }
    public Actor uploadedBy() { return new Actor(uploadedById, uploadedByName, uploadedByDepartment); }
    public Instant uploadedAt() { return uploadedAt; }
}
