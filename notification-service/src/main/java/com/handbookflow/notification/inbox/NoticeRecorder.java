package com.handbookflow.notification.inbox;

import com.handbookflow.core.event.ProcessEvent;
import com.handbookflow.core.outbox.Outbox;
import com.handbookflow.notification.event.NoticeEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.handbookflow.notification.digest.DeliveryRules;
import com.handbookflow.notification.digest.Digests;
import com.handbookflow.notification.digest.Route;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Records a notice exactly once: its inbox row ({@link InboxNotice}) is inserted unless its idempotency key exists, and
 * only a new row publishes its event to {@code notification.events} and queues its deliveries (observers of
 * {@link NoticeRecorded}), all in the caller's transaction. {@link DeliveryRules} decide whether the push
 * channels get it at once or in the recipient's digest / quiet-hours hold ({@link Digests}).
 */
@ApplicationScoped
public class NoticeRecorder {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<NoticeRecorded> recorded;

    private final DeliveryRules rules;
    private final Digests digests;

    NoticeRecorder(EntityManager entityManager, Outbox outbox, Clock clock, Event<NoticeRecorded> recorded,
             DeliveryRules rules, Digests digests) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.recorded = recorded;
        this.rules = rules;
        this.digests = digests;
    }

    /** Returns false when a notice with the same key was recorded before (then nothing happens). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(Notice notice) {
        Instant now = clock.instant();
        int inserted = entityManager.createNativeQuery("""
                        insert into notification (id, idempotency_key, kind, level, obligation_id, process_type,
                            instance_id, business_number, item_key, recipient_person, recipient_department,
                            title_zh, title_en, due_at, created_at)
                        values (:id, :key, :kind, :level, :obligation, :processType, :instance, :number, :item,
                            :person, :department, :titleZh, :titleEn, :dueAt, :now)
                        on conflict (idempotency_key) do nothing""")
                .setParameter("id", notice.id())
                .setParameter("key", notice.idempotencyKey())
                .setParameter("kind", notice.kind().name())
                .setParameter("level", notice.level().name())
                .setParameter("obligation", notice.obligationId())
                .setParameter("processType", notice.processType())
                .setParameter("instance", notice.instanceId())
                .setParameter("number", notice.businessNumber())
                .setParameter("item", notice.itemKey())
                .setParameter("person", notice.recipientPerson())
                .setParameter("department", notice.recipientDepartment())
                .setParameter("titleZh", notice.titleZh())
                .setParameter("titleEn", notice.titleEn())
                .setParameter("dueAt", notice.dueAt())
                .setParameter("now", now)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        // Into the inbox at once, always; to the push channels at once, into the recipient's digest, or held.
        Route route = rules.route(notice, now);
        UUID digestId = route.atOnce() ? null : digests.bundle(notice, route);
        if (digestId != null) {
            entityManager.createNativeQuery("update notification set digest_id = :digest where id = :id")
                    .setParameter("digest", digestId).setParameter("id", notice.id()).executeUpdate();
        }
        ProcessEvent event = NoticeEvent.of(notice, now, digestId);
        outbox.append(event);
        recorded.fire(new NoticeRecorded(notice, event, now, route, digestId));
        return true;
    }
}
