package com.handbookflow.notification.audit;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.core.problem.ConflictException;
import com.handbookflow.core.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The monthly audit: 10% of the cases closed in a month, at least one per scenario that closed any,
 * ordered by md5(month + instance id) so the same month always gives the same sample. Drawn once,
 * when first asked for after the month ended, and kept with the auditors' findings.
 */
@ApplicationScoped
public class AuditSampling {

    private static final String ENDED = "ENDED";

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;
    private final AuditConfig config;
    private final ViolationRegister violations;
    private final Clock clock;

    AuditSampling(EntityManager entityManager, WorkingDayCalendar calendar, AuditConfig config,
                  ViolationRegister violations, Clock clock) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.config = config;
        this.violations = violations;
        this.clock = clock;
    }

    /** A case whose last node closed the instance joins its month's population. */
    void caseClosed(@Observes NodeStateChanged e) {
        if (!ENDED.equals(e.instanceStatus())) {
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

    /** The month's sample, drawn now if this is the first request after the month ended. */
    @Transactional
    public List<AuditCase> sample(YearMonth month) {
        if (YearMonth.from(clock.instant().atZone(calendar.zone())).compareTo(month) <= 0) {
            throw new ConflictException("month-not-over", "Month not over", "月份尚未结束",
                    "The sample of " + month + " is drawn once the month has ended.",
                    month + " 的抽查样本在该月结束后抽取。");
        }
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('audit-sample:' || :month))")
                .setParameter("month", month.toString()).getSingleResult();
        Number drawn = (Number) entityManager.createNativeQuery("select count(*) from audit_sample where month = :month")
                .setParameter("month", month.toString()).getSingleResult();
        if (drawn.longValue() == 0) {
            entityManager.createNativeQuery("""
                            insert into audit_sample (month, instance_id, process_type, business_number, department, closed_at, drawn_at)
                            select :month, instance_id, process_type, business_number, department, closed_at, :now
                            from (select c.*,
                                         row_number() over (partition by process_type order by md5(:month || instance_id::text)) as rank,
                                         count(*) over (partition by process_type) as total
                                  from closed_case c where c.month = :month) ranked
                            where rank <= greatest(1, ceil(total * :fraction))""")
                    .setParameter("month", month.toString())
                    .setParameter("now", clock.instant())
                    .setParameter("fraction", config.sampleFraction())
                    .executeUpdate();
        }
        return list(month);
    }

    /** Records the auditor's finding; a violation also enters the register. */
    @Transactional
    public AuditCase recordFinding(YearMonth month, UUID instanceId, Verdict verdict, ViolationCategory category,
                                   String note, Actor auditor) {
        AuditCase sampled = list(month).stream().filter(c -> c.instanceId().equals(instanceId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Sampled case of " + month, instanceId));
        if (sampled.verdict() != null) {
            throw new ConflictException("already-audited", "Already audited", "已有抽查结论",
                    "Case " + instanceId + " of " + month + " was audited at " + sampled.auditedAt() + ".",
                    "案例 " + instanceId + " 已于 " + sampled.auditedAt() + " 给出抽查结论。");
        }
        entityManager.createNativeQuery("""
                        update audit_sample set verdict = :verdict, category = :category, note = :note,
                            auditor = :auditor, audited_at = :now
                        where month = :month and instance_id = :id""")
                .setParameter("verdict", verdict.name())
                .setParameter("category", category == null ? null : category.name())
                .setParameter("note", note)
                .setParameter("auditor", auditor.userId())
                .setParameter("now", clock.instant())
                .setParameter("month", month.toString())
                .setParameter("id", instanceId)
                .executeUpdate();
        if (verdict == Verdict.VIOLATION) {
            violations.record(instanceId, sampled.processType(), sampled.businessNumber(), sampled.department(),
                    category == null ? ViolationCategory.OTHER : category, note, sampled.closedAt());
        }
        return list(month).stream().filter(c -> c.instanceId().equals(instanceId)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<AuditCase> list(YearMonth month) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select month, instance_id, process_type, business_number, department, closed_at,
                               verdict, category, note, auditor, audited_at
                        from audit_sample where month = :month order by process_type, closed_at, instance_id""")
                .setParameter("month", month.toString())
                .getResultList();
        return rows.stream().map(r -> new AuditCase((String) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], instant(r[5]), r[6] == null ? null : LabeledValue.of(Verdict.valueOf((String) r[6])),
                r[7] == null ? null : LabeledValue.of(ViolationCategory.valueOf((String) r[7])), (String) r[8],
                (String) r[9], instant(r[10]))).toList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
