package com.handbookflow.notification.digest;

import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.due.DueRows;
import com.handbookflow.core.label.Texts;
import com.handbookflow.core.outbox.Outbox;
import com.handbookflow.core.tracing.TraceContext;
import com.handbookflow.core.tracing.Tracing;
import com.handbookflow.notification.event.DigestSent;
import com.handbookflow.notification.inbox.Notice;
import com.handbookflow.notification.inbox.InboxNotice;
import com.handbookflow.notification.inbox.PerTransaction;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Bundles notices per recipient and sends each bundle once.
 * <p>
 * Exactly once without memory in the process: a window is a {@code notice_digest} row, at most one open
 * per recipient and purpose (unique partial index). A notice joins the open window under a
 * {@code FOR SHARE} lock, in the transaction that records it; the flush claims due windows
 * {@code FOR UPDATE SKIP LOCKED}, so it never takes a window while a notice is joining it, and a notice
 * arriving while a window is being flushed waits, finds it no longer open and opens the next one. The
 * digest's event (id derived from the window) and its deliveries commit with the window's new state.
 * A window is opened in a transaction of its own, so instances opening windows of several recipients
 * in different orders never wait on each other's uncommitted inserts (no deadlock); a window opened by
 * a transaction that later failed simply goes out empty (nothing is sent).
 */
@ApplicationScoped
public class Digests {

    private static final Texts TEXTS = Texts.of(Digests.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;
    private final DigestConfig config;
    private final WorkingDayCalendar calendar;
    private final Event<DigestRecorded> recorded;
    private final DeliveryMetrics metrics;
    private final Tracing tracing;
    private final PerTransaction perTransaction;

    Digests(EntityManager entityManager, Outbox outbox, Clock clock, DigestConfig config, WorkingDayCalendar calendar,
            Event<DigestRecorded> recorded, DeliveryMetrics metrics, Tracing tracing, PerTransaction perTransaction) {
        this.tracing = tracing;
        this.perTransaction = perTransaction;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.calendar = calendar;
        this.recorded = recorded;
        this.metrics = metrics;
    }

    /**
     * The window {@code notice} joins, or null when it goes out at once: the first notice of a digest
     * window opens it and is told at once; a quiet-hours hold keeps even its first notice. A window this
     * transaction joined before is joined again without asking: its {@code FOR SHARE} lock keeps it open
     * until the transaction ends (a batch of reminders asks once per recipient).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID bundle(Notice notice, Route route) {
        for (int attempt = 0; attempt < 3; attempt++) {
            UUID open = openWindow(notice, route);
            if (open != null) {
                return open;
            }
            String key = recipientKey(notice);
            UUID opened = QuarkusTransaction.requiringNew().call(() -> open(key, notice, route));
            if (opened != null) {
                if (route.purpose() == DigestPurpose.DIGEST) {
                    return null; // the first of the window goes out at once
                }
                // the hold keeps its first notice too: join it like the others (it is committed now)
            }
        }
        throw new IllegalStateException("no open " + route.purpose() + " window for " + recipientKey(notice)
                + " after three tries");
    }

    /**
     * For each notice, the open window it would join (held {@code FOR SHARE} until the transaction ends, as
     * {@link #bundle} holds it), or null: at once, or no window open (only {@link #bundle} opens one, so its
     * first notice can go out at once). Asks once per recipient and purpose. A batch writes its notices with their
     * window in the insert itself instead of updating each new row again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> openWindows(List<Notice> notices, List<Route> routes) {
        Map<String, Optional<UUID>> asked = new HashMap<>();
        List<UUID> windows = new ArrayList<>(notices.size());
        for (int i = 0; i < notices.size(); i++) {
            Notice notice = notices.get(i);
            Route route = routes.get(i);
            windows.add(route.atOnce() ? null : asked.computeIfAbsent(route.purpose() + " " + recipientKey(notice),
                    k -> Optional.ofNullable(openWindow(notice, route))).orElse(null));
        }
        return windows;
    }

    /** The open window {@code notice} joins, held {@code FOR SHARE}; null when none is open. */
    private UUID openWindow(Notice notice, Route route) {
        String key = recipientKey(notice);
        Map<String, UUID> joined = perTransaction.map("digest windows joined");
        UUID known = joined.get(route.purpose() + " " + key);
        if (known != null) {
            return known;
        }
        @SuppressWarnings("unchecked")
        List<UUID> open = entityManager.createNativeQuery("""
                        select id from notice_digest where recipient_key = :key and purpose = :purpose
                        and state = 'OPEN' for share""")
                // the type by addScalar, not a result class: Hibernate caches a result class's plan anew at every call
                .unwrap(NativeQuery.class).addScalar("id", StandardBasicTypes.UUID)
                .setParameter("key", key)
                .setParameter("purpose", route.purpose().name())
                .getResultList();
        if (open.isEmpty()) {
            return null;
        }
        joined.put(route.purpose() + " " + key, open.get(0));
        return open.get(0);
    }

    /** Inserts the open window unless one exists; its id when this call opened it. */
    private UUID open(String key, Notice notice, Route route) {
        UUID id = UUID.randomUUID();
        int inserted = entityManager.createNativeQuery("""
                        insert into notice_digest (id, recipient_key, purpose, recipient_person, recipient_department,
                            opened_at, send_at, state)
                        values (:id, :key, :purpose, :person, :department, :now, :sendAt, 'OPEN')
                        on conflict (recipient_key, purpose) where state = 'OPEN' do nothing""")
                .setParameter("id", id)
                .setParameter("key", key)
                .setParameter("purpose", route.purpose().name())
                .setParameter("person", notice.recipientPerson())
                .setParameter("department", notice.recipientDepartment())
                .setParameter("now", clock.instant())
                .setParameter("sendAt", route.sendAt())
                .executeUpdate();
        return inserted == 1 ? id : null;
    }

    @Scheduled(every = "${notification.digests.every:10s}", delayed = "7s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void trigger() {
        runDue();
    }

    /** Sends every digest whose window ended at or before {@code clock.instant()}; returns how many windows were closed. */
    public int runDue() {
        return DueRows.drain(this::claimAndSendBatch, config.batchSize(), 50);
    }

    /** One transaction: claim due windows (skipping those a notice is joining or another instance sends), send, close. */
    public int claimAndSendBatch() {
        Instant now = clock.instant();
        List<NoticeDigest> due = DueRows.claim(entityManager, NoticeDigest.class, "notice_digest", "state = 'OPEN'",
                "send_at", now, config.batchSize());
        due.forEach(digest -> send(digest, now));
        return due.size();
    }

    private void send(NoticeDigest digest, Instant now) {
        // Counted, then only the listed ones loaded: a window held over a long weekend may hold thousands.
        int count = Math.toIntExact(entityManager.createQuery(
                        "select count(n) from InboxNotice n where n.digestId = :id", Long.class)
                .setParameter("id", digest.id()).getSingleResult());
        digest.sent(count, now);
        if (count == 0) {
            return; // nobody else was told within the window: the first notice said it all
        }
        List<InboxNotice> listed = entityManager.createQuery(
                        "from InboxNotice n where n.digestId = :id order by n.createdAt, n.businessNumber, n.id",
                        InboxNotice.class)
                .setParameter("id", digest.id())
                .setMaxResults(config.maxItems())
                .getResultList();
        List<DigestItem> items = listed.stream().map(n -> item(n, now)).toList();
        String who = digest.recipientPerson() != null ? digest.recipientPerson() : digest.recipientDepartment();
        String titleKey = digest.purpose() == DigestPurpose.DIGEST ? "digest.title.digest" : "digest.title.held";
        String titleZh = TEXTS.zh(titleKey, who, count, format(digest.openedAt()));
        String titleEn = TEXTS.en(titleKey, who, count, format(digest.openedAt()));
        StringBuilder textZh = new StringBuilder();
        StringBuilder textEn = new StringBuilder();
        for (DigestItem item : items) {
            textZh.append(TEXTS.zh("digest.line", item.businessNumber(), item.itemKey(), item.lateZh(), item.link()))
                    .append('\n');
            textEn.append(TEXTS.en("digest.line", item.businessNumber(), item.itemKey(), item.lateEn(), item.link()))
                    .append('\n');
        }
        if (count > items.size()) {
            textZh.append(TEXTS.zh("digest.more", count - items.size())).append('\n');
            textEn.append(TEXTS.en("digest.more", count - items.size())).append('\n');
        }
        String key = "digest/" + digest.id();
        DigestSent event = new DigestSent(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)), now,
                DigestSent.PROCESS_TYPE, UUID.nameUUIDFromBytes(digest.recipientKey().getBytes(StandardCharsets.UTF_8)),
                digest.id(), digest.purpose().name(), digest.recipientPerson(), digest.recipientDepartment(),
                digest.openedAt(), count, titleZh, titleEn, textZh.toString(), textEn.toString(), items, key);
        // One digest, many causes: a new trace with a link to the trace of each item's obligation.
        Span span = tracing.startLinked("digest " + digest.purpose(), itemTraces(listed));
        try (Scope ignored = Tracing.activate(span)) {
            outbox.append(event);
            recorded.fire(new DigestRecorded(digest, event, now));
        } finally {
            span.end();
        }
        metrics.digestSent(digest, count);
    }

    private List<TraceContext> itemTraces(List<InboxNotice> notices) {
        List<UUID> obligations = notices.stream().map(InboxNotice::obligationId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        if (obligations.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select o.traceparent, o.tracestate from Obligation o where o.id in :ids",
                        Object[].class)
                .setParameter("ids", obligations).getResultList().stream()
                .map(row -> TraceContext.of((String) row[0], (String) row[1])).toList();
    }

    private DigestItem item(InboxNotice n, Instant now) {
        Long minutes = n.dueAt() == null ? null : Duration.between(n.dueAt(), now).toMinutes();
        return new DigestItem(n.id(), n.idempotencyKey(), n.kind().name(), n.level().name(), n.processType(),
                n.instanceId(), n.businessNumber(), n.itemKey(), n.dueAt(), minutes, lateZh(minutes), lateEn(minutes),
                n.titleZh(), n.titleEn(), link(n));
    }

    private String link(InboxNotice n) {
        return config.itemLink()
                .replace("{notificationId}", String.valueOf(n.id()))
                .replace("{processType}", String.valueOf(n.processType()))
                .replace("{businessNumber}", String.valueOf(n.businessNumber()))
                .replace("{instanceId}", String.valueOf(n.instanceId()));
    }

    static String lateZh(Long minutes) {
        return late(minutes, TEXTS::zh);
    }

    static String lateEn(Long minutes) {
        return late(minutes, TEXTS::en);
    }

    private static String late(Long minutes, BiFunction<String, Object[], String> text) {
        if (minutes == null) {
            return text.apply("digest.late.no-deadline", new Object[0]);
        }
        long span = Math.abs(minutes);
        long days = span / 1440;
        long hours = span % 1440 / 60;
        String spanKey = days > 0 ? "digest.span.days" : hours > 0 ? "digest.span.hours" : "digest.span.minutes";
        String spanText = text.apply(spanKey, new Object[] {days, hours, span % 60});
        return text.apply(minutes >= 0 ? "digest.late.overdue" : "digest.late.due-in", new Object[] {spanText});
    }

    /** Whom a digest is for: a person (in a department), or a department's inbox. */
    static String recipientKey(Notice notice) {
        return (notice.recipientPerson() == null ? "-" : "person:" + notice.recipientPerson()) + "@"
                + (notice.recipientDepartment() == null ? "-" : notice.recipientDepartment());
    }

    private String format(Instant instant) {
        return WHEN.format(instant.atZone(calendar.zone()));
    }
}
