package com.handbookflow.core.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.Instant;
import java.util.List;

/**
 * One page of entities read with the Criteria API: the page in SQL, in the given order, plus a count under
 * the same filters. The services' list queries differ only in their filters and their order.
 */
public final class CriteriaPages {

    /** The filters on a root; built once for the page and once for the count. */
    @FunctionalInterface
    public interface Filters<E> {
        Predicate[] on(CriteriaBuilder cb, Root<E> root);
    }

    /** The order of the page, most significant first. */
    @FunctionalInterface
    public interface Ordering<E> {
        List<Order> on(CriteriaBuilder cb, Root<E> root);
    }

    private CriteriaPages() {
    }

    public static <E> PageView<E> page(EntityManager entityManager, Class<E> type, Filters<E> filters,
                                       Ordering<E> ordering, PageRequest paging) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();

        CriteriaQuery<E> query = cb.createQuery(type);
        Root<E> root = query.from(type);
        query.where(filters.on(cb, root));
        query.orderBy(ordering.on(cb, root));
        List<E> page = entityManager.createQuery(query)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<E> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(filters.on(cb, countRoot));
        return PageView.of(page, paging, entityManager.createQuery(count).getSingleResult());
    }

    /**
     * The list filter {@code overdue}: with {@code true}, the aggregates still running ({@code status} is
     * {@code running}) whose current node is past its due instant ({@code currentDueAt}); with {@code false}, all
     * others.
     */
    public static Predicate overdue(CriteriaBuilder cb, Root<?> root, Enum<?> running, Instant now, boolean overdue) {
        Predicate late = cb.and(cb.equal(root.get("status"), running), cb.lessThan(root.get("currentDueAt"), now));
        return overdue ? late : cb.not(late);
    }
}
