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

import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Records a notice exactly once: its inbox row ({@link InboxNotice}) is inserted unless its idempotency key exists, and
 * only a new row publishes its event to {@code notification.events} and queues its deliveries (observers of
 * {@link NoticeRecorded}), all in the caller's transaction; a batch of notices goes in with one round trip. Once the
 * transaction has committed, its new notices are announced together ({@link NoticesCommitted}).
 * {@link DeliveryRules} decide whether the push channels get it at once or in the recipient's digest /
 * quiet-hours hold ({@link Digests}).
 */
@ApplicationScoped
public class NoticeRecorder {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<NoticeRecorded> recorded;
    private final Event<NoticesCommitted> committed;
    private final PerTransaction perTransaction;

    private final DeliveryRules rules;
    private final Digests digests;

    NoticeRecorder(EntityManager entityManager, Outbox outbox, Clock clock, Event<NoticeRecorded> recorded,
             Event<NoticesCommitted> committed, PerTransaction perTransaction, DeliveryRules rules, Digests digests) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.recorded = recorded;
        this.committed = committed;
        this.perTransaction = perTransaction;
        this.rules = rules;
        this.digests = digests;
    }

    /** Returns false when a notice with the same key was recorded before (then nothing happens). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(Notice notice) {
        return !recordAll(List.of(notice), (n, publish) -> publish.run()).isEmpty();
    }

    /**
     * Records a batch of notices as {@link #record} records one, with a round trip each for the inbox rows (a JDBC
     * batch; the idempotency key decides per row, and a notice whose recipient's window is open is written into it),
     * the digest marks of notices that opened a window (an update per digest) and the outbox rows (Hibernate's JDBC
     * batches at the flush);
     * returns the notices that were new, in order. {@code around} runs each new notice's publishing (event, deliveries), e.g. inside the
     * trace of the obligation that caused it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Notice> recordAll(List<Notice> notices, BiConsumer<Notice, Runnable> around) {
        if (notices.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Route> routes = notices.stream().map(notice -> rules.route(notice, now)).toList();
        // the windows already open are joined in the insert; a notice that opens one is marked after (markDigests)
        List<UUID> windows = digests.openWindows(notices, routes);
        entityManager.flush(); // what the transaction persisted so far goes first: the inserts below bypass Hibernate
        int[] inserted = session().doReturningWork(connection -> insert(connection, notices, windows, now));
        List<Notice> recorded = new ArrayList<>();
        List<NoticeRecorded> told = new ArrayList<>();
        Map<UUID, List<UUID>> noticesByDigest = new LinkedHashMap<>();
        for (int i = 0; i < notices.size(); i++) {
            if (inserted[i] != 1) {
                if (inserted[i] != 0) {
                    throw new IllegalStateException("insert of notice " + notices.get(i).idempotencyKey()
                            + " reported " + inserted[i] + " rows");
                }
                continue;
            }
            Notice notice = notices.get(i);
            Route route = routes.get(i);
            UUID window = windows.get(i);
            recorded.add(notice);
            around.accept(notice, () -> told.add(publish(notice, route, window, now, noticesByDigest)));
        }
        if (!noticesByDigest.isEmpty()) {
            session().doWork(connection -> markDigests(connection, noticesByDigest));
        }
        if (!told.isEmpty()) {
            perTransaction.<NoticeRecorded>afterCommit("recorded notices",
                    all -> committed.fire(new NoticesCommitted(List.copyOf(all)))).addAll(told);
        }
        return recorded;
    }

    /**
     * Into the inbox at once, always; to the push channels at once, into the recipient's digest, or held. A notice
     * inserted with its {@code window} is in it already; the others join the window {@link Digests#bundle} gives.
     */
    private NoticeRecorded publish(Notice notice, Route route, UUID window, Instant now,
                                   Map<UUID, List<UUID>> noticesByDigest) {
        UUID digestId = route.atOnce() ? null : window != null ? window : digests.bundle(notice, route);
        if (digestId != null && window == null) {
            noticesByDigest.computeIfAbsent(digestId, d -> new ArrayList<>()).add(notice.id());
        }
        ProcessEvent event = NoticeEvent.of(notice, now, digestId);
        outbox.append(event);
        NoticeRecorded told = new NoticeRecorded(notice, event, now, route, digestId);
        recorded.fire(told);
        return told;
    }

    private static int[] insert(Connection connection, List<Notice> notices, List<UUID> windows, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into notification (id, idempotency_key, kind, level, obligation_id, process_type,
                    instance_id, business_number, item_key, recipient_person, recipient_department,
                    title_zh, title_en, due_at, created_at, digest_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (idempotency_key) do nothing""")) {
            for (int i = 0; i < notices.size(); i++) {
                Notice notice = notices.get(i);
                insert.setObject(1, notice.id());
                insert.setString(2, notice.idempotencyKey());
                insert.setString(3, notice.kind().name());
                insert.setString(4, notice.level().name());
                insert.setObject(5, notice.obligationId(), Types.OTHER);
                insert.setString(6, notice.processType());
                insert.setObject(7, notice.instanceId(), Types.OTHER);
                insert.setString(8, notice.businessNumber());
                insert.setString(9, notice.itemKey());
                insert.setString(10, notice.recipientPerson());
                insert.setString(11, notice.recipientDepartment());
                insert.setString(12, notice.titleZh());
                insert.setString(13, notice.titleEn());
                insert.setObject(14, timestamp(notice.dueAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(15, timestamp(now), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(16, windows.get(i), Types.OTHER);
                insert.addBatch();
            }
            return insert.executeBatch();
        }
    }

    /** One update per digest (a batch's notices mostly share a few): each marks its notices' rows. */
    private static void markDigests(Connection connection, Map<UUID, List<UUID>> noticesByDigest) throws SQLException {
        try (PreparedStatement mark = connection.prepareStatement(
                "update notification set digest_id = ? where id = any (?)")) {
            for (Map.Entry<UUID, List<UUID>> digest : noticesByDigest.entrySet()) {
                mark.setObject(1, digest.getKey());
                mark.setArray(2, connection.createArrayOf("uuid", digest.getValue().toArray()));
                mark.addBatch();
            }
            mark.executeBatch();
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
