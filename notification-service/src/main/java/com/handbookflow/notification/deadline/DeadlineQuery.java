package com.handbookflow.notification.deadline;

import com.handbookflow.core.paging.PageRequest;
import com.handbookflow.core.paging.PageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** "What is due": open obligations by due instant, filtered; served from the partial index on open rows. */
@ApplicationScoped
public class DeadlineQuery {

    private final EntityManager entityManager;
    private final Clock clock;

    DeadlineQuery(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public record Filter(String scenario, String department, String person, Boolean overdue, Instant dueBefore) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Obligation> open(Filter filter, PageRequest paging) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where o.status = :open");
        parameters.put("open", ObligationStatus.OPEN);
        condition(where, parameters, "o.processType = :scenario", "scenario", filter.scenario());
        condition(where, parameters, "o.responsibleDepartment = :department", "department", filter.department());
        condition(where, parameters, "o.responsiblePerson = :person", "person", filter.person());
        condition(where, parameters, "o.dueAt < :dueBefore", "dueBefore", filter.dueBefore());
        if (filter.overdue() != null) {
            condition(where, parameters, filter.overdue() ? "o.dueAt <= :now" : "o.dueAt > :now", "now", clock.instant());
        }
        TypedQuery<Obligation> page = entityManager.createQuery("from Obligation o" + where + " order by o.dueAt, o.id",
                Obligation.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(o) from Obligation o" + where, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        return PageView.of(page.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList(), paging,
                count.getSingleResult());
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String clause, String name,
                                  Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            parameters.put(name, value);
        }
    }
}
