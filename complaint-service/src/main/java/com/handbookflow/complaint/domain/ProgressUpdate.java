package com.handbookflow.complaint.domain;

import com.handbookflow.core.engine.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An update given to the customer (进度告知); it meets the update that was due, if one was. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    private int seq;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String content;
    @Column(name = "actor_id")
    private String actorId;
    @Column(name = "actor_name")
    private String actorName;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "on_time")
    private Boolean onTime;

    protected ProgressUpdate() {
    }

    ProgressUpdate(Complaint complaint, int seq, Instant recordedAt, Channel channel, String content, Actor actor,
                   Instant dueAt) {
        this.id = UUID.randomUUID();
        this.complaint = complaint;
        this.seq = seq;
        this.recordedAt = recordedAt;
        this.channel = channel;
        this.content = content;
        this.actorId = actor.userId();
        this.actorName = actor.name();
        this.dueAt = dueAt;
        this.onTime = dueAt == null ? null : !recordedAt.isAfter(dueAt);
    }

    public int seq() { return seq; }
    public Instant recordedAt() { return recordedAt; }
    public Channel channel() { return channel; }
    public String content() { return content; }
    public String actorId() { return actorId; }
    public String actorName() { return actorName; }
    /** The update that was due when this one was given (null before assignment). */
    public Instant dueAt() { return dueAt; }
    public Boolean onTime() { return onTime; }
}
