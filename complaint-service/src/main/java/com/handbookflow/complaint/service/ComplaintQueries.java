package com.handbookflow.complaint.service;

import com.handbookflow.complaint.domain.Complaint;
import com.handbookflow.complaint.domain.ComplaintStatus;
import com.handbookflow.core.paging.CriteriaPages;
import com.handbookflow.core.paging.PageRequest;
import com.handbookflow.core.paging.PageView;
import jakarta.enterprise.context.ApplicationScoped;
import com.handbookflow.complaint.security.ComplaintAccess;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Complaint lists: filters on the complaint table's indexed columns (status, current node, grade,
 * urgency, department, received, due of the active node), one page read in SQL plus a count.
 */
@ApplicationScoped
public class ComplaintQueries {

    private final EntityManager entityManager;
    private final Clock clock;

    private final ComplaintAccess access;

    ComplaintQueries(EntityManager entityManager, Clock clock, ComplaintAccess access) {
        this.access = access;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Complaint> list(ComplaintFilter filter, ComplaintSort sort, PageRequest paging) {
        Instant now = clock.instant();
        String restrictedTo = access.listRestrictedTo();
        String head = access.headOfDepartment();
        return CriteriaPages.page(entityManager, Complaint.class,
                (cb, root) -> where(cb, root, filter, now, restrictedTo, head), (cb, root) -> {
                    var order = root.get(sort.field().attribute);
                    return List.of(sort.descending() ? cb.desc(order) : cb.asc(order), cb.asc(root.get("number")));
                }, paging);
    }

    /**
     * {@code restrictedTo}: the only department whose complaints the user may see (null: all);
     * {@code head}: the department the user heads, which also sees the complaints escalated to it. A
     * department also sees the complaints it cooperates on.
     */
    private static Predicate[] where(CriteriaBuilder cb, Root<Complaint> c, ComplaintFilter f, Instant now,
                                     String restrictedTo, String head) {
        List<Predicate> all = new ArrayList<>();
        if (restrictedTo != null) {
            Predicate own = cb.or(cb.equal(c.get("department"), restrictedTo),
                    cb.isMember(restrictedTo, c.<java.util.Collection<String>>get("cooperatingDepartments")));
            all.add(head == null ? own : cb.or(own, cb.isMember(head, c.<java.util.Collection<String>>get("escalatedDepartments"))));
        }
        if (f.status() != null) {
            all.add(cb.equal(c.get("status"), f.status()));
        }
        if (f.node() != null) {
            all.add(cb.equal(c.get("currentNode"), f.node()));
        }
        if (f.grade() != null) {
            all.add(cb.equal(c.get("grade"), f.grade()));
        }
        if (f.urgency() != null) {
            all.add(cb.equal(c.get("urgency"), f.urgency()));
        }
        if (f.department() != null) {
            all.add(cb.equal(c.get("department"), f.department()));
        }
        if (f.receivedFrom() != null) {
            all.add(cb.greaterThanOrEqualTo(c.get("receivedAt"), f.receivedFrom()));
        }
        if (f.receivedBefore() != null) {
            all.add(cb.lessThan(c.get("receivedAt"), f.receivedBefore()));
        }
        if (f.overdue() != null) {
            all.add(CriteriaPages.overdue(cb, c, ComplaintStatus.OPEN, now, f.overdue()));
        }
        return all.toArray(Predicate[]::new);
    }
}
