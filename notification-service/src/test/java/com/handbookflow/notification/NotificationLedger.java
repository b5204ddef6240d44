package com.handbookflow.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/** What tests check in the database: the notices of an instance, its obligations, its outbox events. */
@ApplicationScoped
public class NotificationLedger {

    private final EntityManager entityManager;

    NotificationLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** "KIND LEVEL recipient" of every notice of the instance, in the order they were told. */
    public List<String> notices(UUID instance) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select concat(n.kind, ' ', n.level, ' ', coalesce(n.recipientPerson, '-')) from InboxNotice n "
                                + "where n.instanceId = :id order by n.createdAt, n.kind, n.level", String.class)
                .setParameter("id", instance).getResultList());
    }

    /** "KIND LEVEL yyyy-MM-ddTHH:mm" (Shanghai) of every notice of the instance, in the order they were told. */
    public List<String> noticeTimes(UUID instance) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "from InboxNotice n where n.instanceId = :id order by n.createdAt, n.kind, n.level",
                        com.handbookflow.notification.inbox.InboxNotice.class)
                .setParameter("id", instance).getResultStream()
                .map(n -> n.kind() + " " + n.level() + " " + java.time.LocalDateTime.ofInstant(n.createdAt(),
                        com.handbookflow.core.testing.MutableClock.SHANGHAI).toString())
                .toList());
    }

    public List<String> keys(UUID instance) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select n.idempotencyKey from InboxNotice n where n.instanceId = :id order by n.idempotencyKey",
                        String.class)
                .setParameter("id", instance).getResultList());
    }

    /** "STATUS" of each obligation row of the instance. */
    public List<String> obligations(UUID instance) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select concat(o.itemKey, ':', o.status) from Obligation o where o.instanceId = :id order by o.itemKey, o.cycle",
                        String.class)
                .setParameter("id", instance).getResultList());
    }

    public long outboxEvents(UUID instance) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(e) from OutboxEvent e where e.aggregateId = :id", Long.class)
                .setParameter("id", instance.toString()).getSingleResult());
    }
}
