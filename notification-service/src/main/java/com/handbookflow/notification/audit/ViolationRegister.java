package com.handbookflow.notification.audit;

import com.handbookflow.core.domain.StateConflictException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.NodeState;
import com.handbookflow.core.event.NodeStateChanged;
import com.handbookflow.core.domain.ObjectNotFoundException;
import com.handbookflow.notification.supervision.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The violation register. Automatic checks run on every closing node event: a step skipped, or a
 * node passed over without its required outputs by an override; auditors add their findings.
 */
@ApplicationScoped
public class ViolationRegister {

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ViolationRegister(EntityManager entityManager, WorkingDayCalendar calendar, Clock clock) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.clock = clock;
    }

    void check(@Observes NodeStateChanged e) {
        ViolationCategory category;
        if (e.newState() == NodeState.SKIPPED) {
            category = ViolationCategory.STEP_SKIPPED;
        } else if (e.newState() == NodeState.COMPLETED && e.override()) {
            category = ViolationCategory.MISSING_OUTPUTS;
        } else {
            return;
        }
        Instant at = e.completedAt() != null ? e.completedAt() : e.occurredAt();
        String note = "required outputs " + (e.requiredOutputs() == null ? List.of() : e.requiredOutputs())
                + (e.comment() == null ? "" : "; " + e.comment());
        entityManager.persist(new Violation(e.instanceId(), e.processType(), e.businessNumber(), e.nodeKey(),
                e.responsibleDepartment(), category, ViolationSource.AUTOMATIC, note, at, quarterOf(at)));
    }

    /** An audit finding: it counts in the quarter in which the case closed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Violation record(UUID instanceId, String processType, String businessNumber, String department,
                            ViolationCategory category, String note, Instant occurredAt) {
        Violation violation = new Violation(instanceId, processType, businessNumber, null, department, category,
                ViolationSource.AUDIT, note, occurredAt, quarterOf(occurredAt));
        entityManager.persist(violation);
        return violation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Violation> of(String quarter, String department, ViolationStatus status) {
        String where = " where 1 = 1" + (quarter != null ? " and v.quarter = :quarter" : "")
                + (department != null ? " and v.department = :department" : "")
                + (status != null ? " and v.status = :status" : "");
        TypedQuery<Violation> query = entityManager.createQuery("from Violation v" + where
                + " order by v.occurredAt desc, v.id", Violation.class);
        if (quarter != null) {
            query.setParameter("quarter", quarter);
        }
        if (department != null) {
            query.setParameter("department", department);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(1000).getResultList();
    }

    /** Violations per department in a quarter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> countByDepartment(String quarter) {
        Map<String, Long> counts = new LinkedHashMap<>();
        entityManager.createQuery("select coalesce(v.department, '-') as department, count(v) as violations"
                        + " from Violation v where v.quarter = :q group by 1 order by 1", Tuple.class)
                .setParameter("q", quarter)
                .getResultList()
                .forEach(r -> counts.put(r.get("department", String.class), r.get("violations", Long.class)));
        return counts;
    }

    @Transactional
    public Violation resolve(UUID id) {
        Violation violation = entityManager.find(Violation.class, id);
        if (violation == null) {
            throw new ObjectNotFoundException("Violation", id);
        }
        if (violation.status() != ViolationStatus.OPEN) {
            throw new StateConflictException(ProblemText.of(ViolationRegister.class, "violation-resolved", id,
                    violation.resolvedAt()));
        }
        violation.resolve(clock.instant());
        return violation;
    }

    public String quarterOf(Instant at) {
        return Period.quarterOf(LocalDate.ofInstant(at, calendar.zone())).label();
    }
}
