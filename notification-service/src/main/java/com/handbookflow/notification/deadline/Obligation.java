package com.handbookflow.notification.deadline;

import com.handbookflow.core.calendar.CalendarCoverage;
import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.tracing.TraceContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One occurrence of something owed by a deadline: a node attempt, one cycle of a recurring duty,
 * a task, a risk, an improvement measure. Carries its reminder state, so the next action is known
 * without reading any history.
 */
@Entity
@Table(name = "obligation")
public class Obligation {

    @Id
    private UUID id;
    @Column(name = "source_key")
    private String sourceKey;
    private int cycle;
    private String kind;
    @Column(name = "process_type")
    private String processType;
    @Column(name = "instance_id")
    private UUID instanceId;
    @Column(name = "business_number")
    private String businessNumber;
    @Column(name = "item_key")
    private String itemKey;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "name_en")
    private String nameEn;
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
    private String urgency;
    @Enumerated(EnumType.STRING)
    private ObligationStatus status;
    @Column(name = "schedule_version")
    private int scheduleVersion;
    private boolean warned;
    @Column(name = "overdue_noticed")
    private boolean overdueNoticed;
    @Column(name = "repeats_sent")
    private int repeatsSent;
    @Column(name = "escalation_level")
    private int escalationLevel;
    @Column(name = "next_action_at")
    private Instant nextActionAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_as")
    private String closedAs;
    @Column(name = "on_time")
    private Boolean onTime;
    @Column(name = "calendar_version")
    private String calendarVersion;
    /** Judged when scheduled, for the indexed list of deadlines on an assumed calendar; see {@link #judgedAs}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "calendar_coverage")
    private CalendarCoverage calendarCoverage;
    @Version
    private long version;
    /** The W3C trace context of the act that opened it; later notices start traces linked to it (V12). */
    private String traceparent;
    private String tracestate;

    protected Obligation() {
    }

    public Obligation(String sourceKey, int cycle, String kind, String processType, UUID instanceId,
                      String businessNumber, String itemKey, String nameZh, String nameEn) {
        this.id = UUID.randomUUID();
        this.sourceKey = Objects.requireNonNull(sourceKey);
        this.cycle = cycle;
        this.kind = kind;
        this.processType = processType;
        this.instanceId = instanceId;
        this.businessNumber = businessNumber;
        this.itemKey = itemKey;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.status = ObligationStatus.OPEN;
        this.scheduleVersion = 1;
    }

    /** Sets who owes it and by when; a new due instant starts a new reminder chain. */
    public void schedule(Instant startedAt, Instant dueAt, LimitSpec limit, String urgency, String department,
                         String person) {
        requireOpen("schedule");
        this.urgency = urgency;
        boolean newDue = this.dueAt != null && !this.dueAt.equals(dueAt);
        this.startedAt = startedAt;
        this.dueAt = dueAt;
        this.limitSpec = limit == null ? null : limit.spec();
        this.responsibleDepartment = department;
        this.responsiblePerson = person;
        if (newDue) {
            scheduleVersion++;
            warned = false;
            overdueNoticed = false;
            repeatsSent = 0;
            escalationLevel = 0;
        }
    }

    /** Completion (or return, skip, withdrawal) stops the chain. */
    public void close(String closedAs, Instant closedAt, Boolean onTime) {
        requireOpen("close");
        this.status = ObligationStatus.CLOSED;
        this.closedAs = closedAs;
        this.closedAt = closedAt;
        this.onTime = onTime != null ? onTime : (closedAt != null && !closedAt.isAfter(dueAt));
        this.nextActionAt = null;
    }

    /** Records that {@code action} was told (or deliberately passed over). */
    public void record(PlannedAction action) {
        switch (action.kind()) {
            case WARNING -> warned = true;
            case OVERDUE -> overdueNoticed = true;
            case REMINDER -> repeatsSent = action.repeat();
            case ESCALATION -> escalationLevel++;
        }
    }

    public void planNext(Instant nextActionAt) {
        this.nextActionAt = nextActionAt;
    }

    /** The key of a notice: obligation occurrence, schedule, kind, rung and repeat; one notice per key, ever. */
    public String idempotencyKey(PlannedAction action) {
        String base = "obligation/" + id + "/v" + scheduleVersion + "/" + action.kind();
        return switch (action.kind()) {
            case REMINDER -> base + "/" + action.repeat();
            case ESCALATION -> base + "/" + action.level();
            default -> base;
        };
    }

    /** The urgency of the case (e.g. EXTRA_URGENT) where the scenario reports one; null otherwise. */
    public String urgency() {
        return urgency;
    }

    public boolean isOverdue(Instant now) {
        return status == ObligationStatus.OPEN && !dueAt.isAfter(now);
    }

    private void requireOpen(String act) {
        if (status != ObligationStatus.OPEN) {
            throw new IllegalStateException("cannot " + act + " obligation " + sourceKey + " in state " + status);
        }
    }

    /** Records the trace of the act that opened the obligation. */
    Obligation tracedBy(TraceContext trace) {
        if (trace != null) {
            this.traceparent = trace.traceparent();
            this.tracestate = trace.tracestate();
        }
        return this;
    }

    public UUID id() { return id; }
    public TraceContext trace() { return TraceContext.of(traceparent, tracestate); }
    public String sourceKey() { return sourceKey; }
    public int cycle() { return cycle; }
    public String kind() { return kind; }
    public String processType() { return processType; }
    public UUID instanceId() { return instanceId; }
    public String businessNumber() { return businessNumber; }
    public String itemKey() { return itemKey; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public String responsibleDepartment() { return responsibleDepartment; }
    public String responsiblePerson() { return responsiblePerson; }
    public Instant startedAt() { return startedAt; }
    public Instant dueAt() { return dueAt; }
    public String limitSpec() { return limitSpec; }
    public ObligationStatus status() { return status; }
    public int scheduleVersion() { return scheduleVersion; }
    public boolean warned() { return warned; }
    public boolean overdueNoticed() { return overdueNoticed; }
    public int repeatsSent() { return repeatsSent; }
    public int escalationLevel() { return escalationLevel; }
    public Instant nextActionAt() { return nextActionAt; }
    public Instant closedAt() { return closedAt; }
    /** The optimistic lock's version as read; {@link ReminderProgress} writes the next one. */
    long version() { return version; }
    public String closedAs() { return closedAs; }
    public Boolean onTime() { return onTime; }
    /** The calendar version the scenario computed the due instant with; null for rows from before it was kept. */
    public String calendarVersion() { return calendarVersion; }

    /** Keeps the calendar version the due instant was computed with, as the scenario's event tells it. */
    public void computedWith(String calendarVersion) {
        if (calendarVersion != null) {
            this.calendarVersion = calendarVersion;
        }
    }

    /** Whether the due instant knew the holidays it spans, as judged when it was (re)scheduled. */
    public void judgedAs(CalendarCoverage coverage) {
        this.calendarCoverage = coverage;
    }

    public CalendarCoverage calendarCoverage() { return calendarCoverage; }
}
