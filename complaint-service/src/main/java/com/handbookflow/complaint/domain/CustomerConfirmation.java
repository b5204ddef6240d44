package com.handbookflow.complaint.domain;

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

/** Table 4, the satisfaction follow-up (客户满意度回访表): every answer counts in satisfaction, re-handled or not. */
@Entity
@Table(name = "customer_confirmation")
public class CustomerConfirmation {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    private int attempt;
    private String result;
    @Column(name = "visit_date")
    private LocalDate visitDate;
    private String visitor;
    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;
    private String comments;
    private String suggestions;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    private boolean rehandle;

    protected CustomerConfirmation() {
    }

    CustomerConfirmation(Complaint complaint, int attempt, FollowUp followUp, Instant confirmedAt, boolean rehandle) {
        this.id = UUID.randomUUID();
        this.complaint = complaint;
        this.attempt = attempt;
        this.result = followUp.result();
        this.visitDate = followUp.visitDate();
        this.visitor = followUp.visitor();
        this.satisfaction = followUp.satisfaction();
        this.comments = followUp.comments();
        this.suggestions = followUp.suggestions();
        this.confirmedAt = confirmedAt;
        this.rehandle = rehandle;
    }

    /** What the visitor recorded at the follow-up. */
    public record FollowUp(String result, LocalDate visitDate, String visitor, Satisfaction satisfaction,
                           String comments, String suggestions) {
    }

    public int attempt() { return attempt; }
    public String result() { return result; }
    public LocalDate visitDate() { return visitDate; }
    public String visitor() { return visitor; }
    public Satisfaction satisfaction() { return satisfaction; }
    public String comments() { return comments; }
    public String suggestions() { return suggestions; }
    public Instant confirmedAt() { return confirmedAt; }
    public boolean rehandle() { return rehandle; }
}
