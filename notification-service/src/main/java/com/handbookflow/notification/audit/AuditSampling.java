package com.handbookflow.notification.audit;

import com.handbookflow.core.label.Texts;
import com.handbookflow.core.domain.StateConflictException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.InstanceStatus;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.core.domain.ObjectNotFoundException;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.sql.SqlRow;
import com.handbookflow.notification.deadline.EscalationLevel;
import com.handbookflow.notification.deadline.NoticeKind;
import com.handbookflow.notification.inbox.Notice;
import com.handbookflow.notification.inbox.NoticeRecorder;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The monthly audit: 10% of the cases closed in a month, at least one per scenario that closed any,
 * ordered by md5(month + instance id) so the same population always gives the same sample. Drawn on
 * schedule, on the first working day of the month for the month before, announced to the
 * supervising department, and kept with the auditors' findings. Every closed case enters exactly
 * one draw: one consumed after its month was drawn (e.g. its event arrived late) enters the next.
 */
@ApplicationScoped
public class AuditSampling {

    private static final Texts TEXTS = Texts.of(AuditSampling.class);

    private static final Logger LOG = Logger.getLogger(AuditSampling.class);

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;
    private final AuditConfig config;
    private final ViolationRegister violations;
    private final NoticeRecorder recorder;
    private final Departments departments;
    private final Clock clock;

    AuditSampling(EntityManager entityManager, WorkingDayCalendar calendar, AuditConfig config,
                  ViolationRegister violations, NoticeRecorder recorder, Departments departments, Clock clock) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.config = config;
        this.violations = violations;
        this.recorder = recorder;
        this.departments = departments;
        this.clock = clock;
    }

    /** The sample is announced to a department that must exist: a typo would silently lose every announcement. */
    void checkSupervisingDepartment(@Observes StartupEvent start) {
        departments.problemWith("notification.audit.supervising-department", config.supervisingDepartment())
                .ifPresent(problem -> {
                    throw new IllegalStateException(problem);
                });
    }

    /** A case whose last node closed the instance joins the population of the next draw. */
    void caseClosed(@Observes NodeStateChanged e) {
        if (e.instanceStatus() != InstanceStatus.ENDED) {
            return;
        }
        Instant at = e.completedAt() != null ? e.completedAt() : e.occurredAt();
        entityManager.createNativeQuery("""
                        insert into closed_case (instance_id, process_type, business_number, department, end_state, closed_at, month)
                        values (:id, :type, :number, :department, :endState, :at, :month)
                        on conflict (instance_id) do nothing""")
                .setParameter("id", e.instanceId())
                .setParameter("type", e.processType())
                .setParameter("number", e.businessNumber())
                .setParameter("department", e.responsibleDepartment())
                .setParameter("endState", e.endState())
                .setParameter("at", at)
                .setParameter("month", YearMonth.from(at.atZone(calendar.zone())).toString())
                .executeUpdate();
    }

    @Scheduled(every = "${notification.audit.every:1h}", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void trigger() {
        drawDue();
    }

    /** The first working day of {@code month} (working-day calendar): the day the month before is drawn. */
    public LocalDate drawDay(YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Draws the month before, once, when its draw day has come: the population is every closed case
     * of that month or earlier that no draw has taken yet. Returns the month drawn, if one was.
     */
    @Transactional
    public Optional<YearMonth> drawDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        YearMonth month = YearMonth.from(today).minusMonths(1);
        if (today.isBefore(drawDay(month.plusMonths(1)))) {
            return Optional.empty();
        }
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('audit-sample:' || :month))")
                .setParameter("month", month.toString()).getSingleResult();
        if (isDrawn(month)) {
            return Optional.empty();
        }
        // Take the population first, then rank only what was taken: a case committed meanwhile waits for the next draw.
        int population = entityManager.createNativeQuery("""
                        update closed_case set drawn_in = :month where drawn_in is null and month <= :month""")
                .setParameter("month", month.toString())
                .executeUpdate();
        int sampled = entityManager.createNativeQuery("""
                        insert into audit_sample (month, instance_id, process_type, business_number, department, closed_at, drawn_at)
                        select :month, instance_id, process_type, business_number, department, closed_at, :now
                        from (select c.*,
                                     row_number() over (partition by process_type order by md5(:month || instance_id::text)) as rank,
                                     count(*) over (partition by process_type) as total
                              from closed_case c where c.drawn_in = :month) ranked
                        where rank <= greatest(1, ceil(total * :fraction))""")
                .setParameter("month", month.toString())
                .setParameter("now", clock.instant())
                .setParameter("fraction", config.sampleFraction())
                .executeUpdate();
        entityManager.createNativeQuery("""
                        insert into audit_draw (month, drawn_at, population, sampled) values (:month, :now, :population, :sampled)""")
                .setParameter("month", month.toString())
                .setParameter("now", clock.instant())
                .setParameter("population", population)
                .setParameter("sampled", sampled)
                .executeUpdate();
        announce(month, population, sampled);
        LOG.infof("audit sample of %s drawn: %d of %d closed cases", month, sampled, population);
        return Optional.of(month);
    }

    /** The month's sample as drawn; reading never draws (before the draw day: 409 naming it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditCase> sample(YearMonth month) {
        if (!isDrawn(month)) {
            LocalDate drawDay = drawDay(month.plusMonths(1));
            boolean over = YearMonth.from(clock.instant().atZone(calendar.zone())).compareTo(month) > 0;
            throw new StateConflictException(ProblemText.of(AuditSampling.class,
                    over ? "sample-not-drawn" : "month-not-over", month, drawDay))
                    .with("drawDay", drawDay.toString());
        }
        return list(month);
    }

    private boolean isDrawn(YearMonth month) {
        return ((Number) entityManager.createNativeQuery("select count(*) from audit_draw where month = :month")
                .setParameter("month", month.toString()).getSingleResult()).longValue() > 0;
    }

    /** Tells the supervising department's inbox (and its channels) that the month's sample waits for audit. */
    private void announce(YearMonth month, int population, int sampled) {
        String department = config.supervisingDepartment();
        recorder.record(new Notice("audit-sample/" + month, NoticeKind.ANNOUNCEMENT, EscalationLevel.NAMED_DEPARTMENT,
                null, "supervision", UUID.nameUUIDFromBytes(("audit-sample/" + month).getBytes(StandardCharsets.UTF_8)),
                "AUDIT-" + month, "audit-sample", department, null, null, department,
                TEXTS.zh("audit.sample-drawn.title", month, sampled, population),
                TEXTS.en("audit.sample-drawn.title", month, sampled, population),
                null, "monthly 10% audit sample", null));
    }

    /**
     * Records the auditor's finding; a violation also enters the register, counted against the
     * department that caused it: the one the auditor names, by default the department of the closing node.
     */
    @Transactional
    public AuditCase recordFinding(YearMonth month, UUID instanceId, Verdict verdict, ViolationCategory category,
                                   String note, String causingDepartment, Actor auditor) {
        departments.requireKnown(causingDepartment, "department");
        AuditCase sampled = list(month).stream().filter(c -> c.instanceId().equals(instanceId)).findFirst()
                .orElseThrow(() -> new ObjectNotFoundException("Sampled case of " + month, instanceId));
        if (sampled.verdict() != null) {
            throw new StateConflictException(ProblemText.of(AuditSampling.class, "already-audited", instanceId, month,
                    sampled.auditedAt()));
        }
        String causing = causingDepartment != null ? causingDepartment : sampled.department();
        entityManager.createNativeQuery("""
                        update audit_sample set verdict = :verdict, category = :category, note = :note,
                            auditor = :auditor, audited_at = :now, causing_department = :causing
                        where month = :month and instance_id = :id""")
                .setParameter("verdict", verdict.name())
                .setParameter("category", category == null ? null : category.name())
                .setParameter("note", note)
                .setParameter("auditor", auditor.userId())
                .setParameter("causing", causing)
                .setParameter("now", clock.instant())
                .setParameter("month", month.toString())
                .setParameter("id", instanceId)
                .executeUpdate();
        if (verdict == Verdict.VIOLATION) {
            violations.record(instanceId, sampled.processType(), sampled.businessNumber(), causing,
                    category == null ? ViolationCategory.OTHER : category, note, sampled.closedAt());
        }
        return list(month).stream().filter(c -> c.instanceId().equals(instanceId)).findFirst().orElseThrow();
    }

    private List<AuditCase> list(YearMonth month) {
        List<SqlRow> rows = SqlRow.list(entityManager.createNativeQuery("""
                        select month, instance_id, process_type, business_number, department, closed_at,
                               verdict, category, note, auditor, audited_at, causing_department
                        from audit_sample where month = :month order by process_type, closed_at, instance_id""", Tuple.class)
                .setParameter("month", month.toString()));
        return rows.stream().map(r -> new AuditCase(r.string("month"), r.uuid("instance_id"), r.string("process_type"),
                r.string("business_number"), r.string("department"), r.instant("closed_at"),
                r.value("verdict") == null ? null : LabeledValue.of(Verdict.valueOf(r.string("verdict"))),
                r.value("category") == null ? null : LabeledValue.of(ViolationCategory.valueOf(r.string("category"))),
                r.string("note"), r.string("auditor"), r.instant("audited_at"), r.string("causing_department"))).toList();
    }
}
