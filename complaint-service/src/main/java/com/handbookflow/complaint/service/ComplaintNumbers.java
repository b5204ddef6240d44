package com.handbookflow.complaint.service;

import com.handbookflow.complaint.config.ComplaintConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Complaint numbers, human-readable and sequential per day of receipt: TS20260930-0001. The day's
 * counter row is taken with an upsert in the registering transaction, so concurrent registrations
 * queue on the row and never share a number; a rolled-back registration gives its number back.
 */
@ApplicationScoped
public class ComplaintNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final EntityManager entityManager;
    private final ComplaintConfig config;

    ComplaintNumbers(EntityManager entityManager, ComplaintConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(LocalDate day) {
        Number last = (Number) entityManager.createNativeQuery("""
                        insert into complaint_day_counter (day, last) values (:day, 1)
                        on conflict (day) do update set last = complaint_day_counter.last + 1
                        returning last""")
                .setParameter("day", day)
                .getSingleResult();
        return config.numberPrefix() + DAY.format(day) + "-" + String.format("%04d", last.intValue());
    }
}
