package com.handbookflow.launch.service;

import com.handbookflow.launch.config.LaunchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Launch numbers, readable and sequential per year of application: SX2026-0001 (SX for 上线). The
 * year's counter is taken in a transaction of its own, committed at once, so applications never
 * queue on the counter row for their whole transaction; a rolled-back application leaves a gap.
 * The sequence grows past four digits rather than wrapping.
 */
@ApplicationScoped
public class LaunchNumbers {

    private final EntityManager entityManager;
    private final LaunchConfig config;

    LaunchNumbers(EntityManager entityManager, LaunchConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String next(int year) {
        Number last = (Number) entityManager.createNativeQuery("""
                        insert into launch_year_counter (year, last) values (:year, 1)
                        on conflict (year) do update set last = launch_year_counter.last + 1
                        returning last""")
                .setParameter("year", year)
                .getSingleResult();
        return config.numberPrefix() + year + "-" + String.format("%04d", last.intValue());
    }
}
