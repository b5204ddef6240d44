package com.handbookflow.notification.deadline;

import com.handbookflow.notification.digest.Digests;
import com.handbookflow.notification.inbox.Notice;
import com.handbookflow.notification.inbox.NoticeRecorder;
import com.handbookflow.core.due.DueRows;
import com.handbookflow.core.tracing.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Acts on obligations whose next action time has come. Each batch is claimed with
 * {@code FOR UPDATE SKIP LOCKED} through the partial index on the next action time, so instances
 * side by side take disjoint rows; the notices and the advanced row commit together.
 */
@ApplicationScoped
public class ReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class);
    private static final int MAX_ACTIONS_PER_ROW = NoticeKind.values().length * EscalationLevel.values().length;

    private final EntityManager entityManager;
    private final ObligationTracker tracker;
    private final NoticeComposer composer;
    private final NoticeRecorder recorder;
    private final SchedulerConfig config;
    private final Clock clock;
    private final Digests digests;
    private final Tracing tracing;
    private final NextLook nextLook;
    private final ReminderProgress progress;
    private volatile boolean running;
    private Thread worker;
    /** The drains beside the scheduler's own thread ({@code notification.scheduler.workers}); none in tests. */
    private ExecutorService drains;

    ReminderScheduler(EntityManager entityManager, ObligationTracker tracker, NoticeComposer composer, NoticeRecorder recorder,
                      SchedulerConfig config, Clock clock, Digests digests, Tracing tracing, NextLook nextLook,
                      ReminderProgress progress) {
        this.progress = progress;
        this.nextLook = nextLook;
        this.tracing = tracing;
        this.digests = digests;
        this.entityManager = entityManager;
        this.tracker = tracker;
        this.composer = composer;
        this.recorder = recorder;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if ("off".equals(config.every())) {
            return; // tests call runDue() with their own clock
        }
        running = true;
        if (config.workers() > 1) {
            AtomicInteger numbers = new AtomicInteger();
            drains = Executors.newFixedThreadPool(config.workers() - 1, task -> {
                Thread thread = new Thread(task, "deadline-drain-" + numbers.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
        worker = new Thread(this::run, "deadline-scheduler");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        nextLook.stop();
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (drains != null) {
            drains.shutdownNow();
        }
    }

    /**
     * Looks, then sleeps until the earliest due instant left in the table or one heard of since
     * ({@link NextLook}), at most the period: a row is looked at when it falls due, not at the next tick.
     */
    private void run() {
        Duration period = DurationConverter.parseDuration(config.every());
        try {
            Thread.sleep(DurationConverter.parseDuration(config.delayed()).toMillis());
            while (running) {
                try {
                    look(period);
                } catch (RuntimeException e) {
                    if (!running) {
                        return;
                    }
                    LOG.warnf(e, "deadline scheduler: this look failed; the next one is in %s", period);
                    nextLook.plan(null, clock.instant(), period);
                }
                if (!nextLook.awaitNextLook(clock)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One pass over what is due, then the plan of the next look. */
    private void look(Duration period) {
        nextLook.passBegins();
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Instant began = clock.instant();
            int handled = runDue();
            Instant earliestDue = QuarkusTransaction.requiringNew().call(this::earliestDue);
            if (handled == 0 && earliestDue != null && !earliestDue.isAfter(began)) {
                // due, yet none could be claimed (another instance holds them): a period, not a spin until it commits
                earliestDue = null;
            }
            // due rows left behind (a run stops at its bound, or they fell due during it): at once
            nextLook.plan(earliestDue, clock.instant(), period);
        } finally {
            requestContext.terminate();
        }
    }

    /** The open rows' earliest next action: the first entry of the partial index the claim reads, whatever the open count. */
    private Instant earliestDue() {
        // the literal, not a parameter: a generic plan could not use the partial index. The type by addScalar, not
        // a result class: Hibernate caches a result class's plan anew at every call (ProcessedEvents.firstTimes)
        return (Instant) entityManager.createNativeQuery(
                        "select min(next_action_at) as earliest from obligation where status = 'OPEN'")
                .unwrap(NativeQuery.class).addScalar("earliest", StandardBasicTypes.INSTANT).getSingleResult();
    }

    /**
     * Processes every row due at {@code clock.instant()}, batch by batch; returns how many rows were handled.
     * Digests whose window has ended go out first, so a recipient's next notice opens a new window.
     */
    public int runDue() {
        digests.runDue();
        if (drains == null) {
            return drain();
        }
        // Side by side, one thread composes while another waits for PostgreSQL; the claims are disjoint
        // (SKIP LOCKED) and the unique keys decide, as between instances.
        List<Future<Integer>> others = new ArrayList<>();
        for (int i = 1; i < config.workers(); i++) {
            others.add(drains.submit(() -> {
                ManagedContext requestContext = Arc.container().requestContext();
                requestContext.activate();
                try {
                    return drain();
                } finally {
                    requestContext.terminate();
                }
            }));
        }
        int handled = drain();
        for (Future<Integer> other : others) {
            try {
                handled += other.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the other drains ran", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a drain failed", e.getCause());
            }
        }
        return handled;
    }

    private int drain() {
        return DueRows.drain(this::claimAndActOnBatch, config.batchSize(), config.maxBatchesPerRun());
    }

    /**
     * One transaction: claim up to a batch of due rows (skipping rows another instance holds), act, advance (one
     * statement for the batch's rows, {@link ReminderProgress}). The batch's notices are recorded together
     * ({@link NoticeRecorder#recordAll}); each row's work, and the publishing of its notices, runs in that row's trace.
     */
    public int claimAndActOnBatch() {
        Instant now = clock.instant();
        List<Obligation> due = DueRows.claim(entityManager, Obligation.class, "obligation", "status = 'OPEN'",
                "next_action_at", now, config.batchSize());
        progress.writtenHere(due);
        List<Notice> notices = new ArrayList<>();
        Map<String, Span> traceOf = new HashMap<>();
        List<Span> spans = new ArrayList<>(due.size());
        try {
            for (Obligation o : due) {
                // The clock, not a request, causes these notices: each obligation's turn is a new trace, linked to
                // the trace of the act that opened the obligation, so ops get from a reminder back to the complaint's act.
                Span span = tracing.startLinked("deadline " + o.kind(), Collections.singletonList(o.trace()));
                spans.add(span);
                try (Scope ignored = Tracing.activate(span)) {
                    for (Notice notice : act(o, now)) {
                        notices.add(notice);
                        traceOf.put(notice.idempotencyKey(), span);
                    }
                }
            }
            progress.save(due);
            List<Notice> told = recorder.recordAll(notices, (notice, publish) -> {
                try (Scope ignored = Tracing.activate(traceOf.get(notice.idempotencyKey()))) {
                    publish.run();
                }
            });
            if (told.size() < notices.size() && LOG.isDebugEnabled()) {
                notices.stream().filter(n -> !told.contains(n))
                        .forEach(n -> LOG.debugf("notice %s was told before; not again", n.idempotencyKey()));
            }
        } finally {
            spans.forEach(Span::end);
        }
        return due.size();
    }

    /** Advances one row past every action due at {@code now}; returns the notices to tell. */
    private List<Notice> act(Obligation o, Instant now) {
        List<Notice> notices = new ArrayList<>();
        ReminderPlan plan = tracker.plan(o);
        Set<String> toldThisRun = new HashSet<>();
        for (int i = 0; i < MAX_ACTIONS_PER_ROW; i++) {
            Optional<PlannedAction> next = plan.next(o);
            if (next.isEmpty() || next.get().at().isAfter(now)) {
                break;
            }
            PlannedAction action = next.get();
            if (!toldThisRun.add(action.kind() + " " + action.level())) {
                // Catching up tells each level once; a second notice of one level in one run is a storm.
                LOG.warnf("obligation %s: %s %s due again within one run; left for the next run", o.idempotencyKey(action),
                        action.kind(), action.level());
                break;
            }
            if (action.kind() == NoticeKind.WARNING && !now.isBefore(o.dueAt())) {
                o.record(action); // too late to warn: the overdue notice says more
                continue;
            }
            if (action.kind() == NoticeKind.REMINDER) {
                action = new PlannedAction(action.at(), action.kind(), action.level(),
                        plan.latestRepeatDue(o, action.repeat(), now));
            }
            notices.add(composer.compose(o, action));
            o.record(action);
        }
        tracker.planNext(o);
        return notices;
    }
}
