package com.handbookflow.launch.service;

import com.handbookflow.core.paging.CriteriaPages;
import com.handbookflow.core.paging.PageRequest;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.launch.domain.Launch;
import com.handbookflow.launch.domain.LaunchStatus;
import com.handbookflow.launch.security.LaunchAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Launch lists: filters on the launch table's indexed columns, one page read in SQL plus a count, newest first. */
@ApplicationScoped
public class LaunchQueries {

    private final EntityManager entityManager;
    private final Clock clock;
    private final LaunchAccess access;

    LaunchQueries(EntityManager entityManager, Clock clock, LaunchAccess access) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.access = access;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Launch> list(LaunchFilter filter, PageRequest paging) {
        Instant now = clock.instant();
        String restrictedTo = access.listRestrictedTo();
        return CriteriaPages.page(entityManager, Launch.class, (cb, root) -> where(cb, root, filter, now, restrictedTo),
                (cb, root) -> List.of(cb.desc(root.get("appliedAt")), cb.desc(root.get("number"))), paging);
    }

    /** {@code restrictedTo}: the only originating department whose launches the user may see (null: all). */
    private static Predicate[] where(CriteriaBuilder cb, Root<Launch> l, LaunchFilter f, Instant now,
                                     String restrictedTo) {
        List<Predicate> all = new ArrayList<>();
        if (restrictedTo != null) {
            all.add(cb.equal(l.get("originatingDepartment"), restrictedTo));
        }
        if (f.status() != null) {
            all.add(cb.equal(l.get("status"), f.status()));
        }
        if (f.node() != null) {
            all.add(cb.equal(l.get("currentNode"), f.node()));
        }
        if (f.department() != null) {
            all.add(cb.equal(l.get("originatingDepartment"), f.department()));
        }
        if (f.appliedFrom() != null) {
            all.add(cb.greaterThanOrEqualTo(l.get("appliedAt"), f.appliedFrom()));
        }
        if (f.appliedBefore() != null) {
            all.add(cb.lessThan(l.get("appliedAt"), f.appliedBefore()));
        }
        if (f.overdue() != null) {
            all.add(CriteriaPages.overdue(cb, l, LaunchStatus.IN_PROGRESS, now, f.overdue()));
        }
        return all.toArray(Predicate[]::new);
    }
}
