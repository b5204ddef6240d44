package com.handbookflow.core.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/**
 * Hands out business numbers from one counter row per scope and period
 * ({@code business_number_counter}), in a short transaction of its own: registrations take the row
 * lock only for that upsert, never for their whole transaction, so they do not queue on one row.
 * The price: a registration that rolls back leaves a gap in the sequence (a number is never reused).
 */
@ApplicationScoped
public class BusinessNumbers {

    private final EntityManager entityManager;

    BusinessNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String next(NumberScheme scheme, LocalDate day) {
        Number last = (Number) entityManager.createNativeQuery("""
                        insert into business_number_counter (scope, period, last) values (:scope, :period, 1)
                        on conflict (scope, period) do update set last = business_number_counter.last + 1
                        returning last""")
                .setParameter("scope", scheme.scope())
                .setParameter("period", scheme.period().keyOf(day))
                .getSingleResult();
        return scheme.format(day, last.longValue());
    }
}
