package com.handbookflow.notification.calendar;

import com.handbookflow.core.calendar.CalendarCoverage;
import com.handbookflow.core.paging.PageRequest;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.notification.deadline.Obligation;
import com.handbookflow.notification.deadline.ObligationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The open deadlines that ran into a year whose calendar was not loaded when they were computed: until
 * their scenario recomputes them, they ignore that year's holidays. Supervision lists them so that a
 * forgotten schedule (or a forgotten recomputation) is seen before a deadline falls on a holiday.
 */
@ApplicationScoped
public class AssumedCalendarDeadlines {

    private final EntityManager entityManager;
    private final DeadlineCoverage coverage;

    AssumedCalendarDeadlines(EntityManager entityManager, DeadlineCoverage coverage) {
        this.entityManager = entityManager;
        this.coverage = coverage;
    }

    /**
     * Judged row by row in memory on the open working-day obligations only (open rows are the current
     * work of the company, not its history): coverage depends on the stored version's years.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Obligation> open(String scenario, PageRequest paging) {
        TypedQuery<Obligation> query = entityManager.createQuery("from Obligation o where o.status = :open"
                        + " and (o.limitSpec is null or o.limitSpec like '%WD')"
                        + (scenario == null ? "" : " and o.processType = :scenario")
                        + " order by o.dueAt, o.id", Obligation.class)
                .setParameter("open", ObligationStatus.OPEN);
        if (scenario != null) {
            query.setParameter("scenario", scenario);
        }
        List<Obligation> assumed = query.getResultStream()
                .filter(o -> coverage.of(o) == CalendarCoverage.ASSUMED_WEEKDAYS)
                .toList();
        int from = Math.min(paging.offset(), assumed.size());
        int to = Math.min(from + paging.size(), assumed.size());
        return PageView.of(assumed.subList(from, to), paging, assumed.size());
    }
}
