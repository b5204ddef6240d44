package com.handbookflow.notification.calendar;

import com.handbookflow.core.calendar.CalendarCoverage;
import com.handbookflow.core.paging.PageRequest;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.notification.deadline.Obligation;
import com.handbookflow.notification.deadline.ObligationStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * The open deadlines that ran into a year whose calendar was not loaded when they were computed: until
 * their scenario recomputes them, they ignore that year's holidays. Supervision lists them so that a
 * forgotten schedule (or a forgotten recomputation) is seen before a deadline falls on a holiday.
 */
@ApplicationScoped
public class AssumedCalendarDeadlines {

    /** Rows judged per transaction at start: a bounded heap and a bounded transaction, whatever the open count. */
    static final int JUDGED_PER_TRANSACTION = 1_000;

    private static final Logger LOG = Logger.getLogger(AssumedCalendarDeadlines.class);

    private final EntityManager entityManager;
    private final DeadlineCoverage coverage;
    private volatile boolean stopping;

    AssumedCalendarDeadlines(EntityManager entityManager, DeadlineCoverage coverage) {
        this.entityManager = entityManager;
        this.coverage = coverage;
    }

    /**
     * The open deadlines judged ASSUMED_WEEKDAYS when they were scheduled (a partial index holds exactly
     * these), soonest due first. Rows without a calendar version (from before it was kept) are judged on the
     * calendar as it is now, so they are judged here again; they are few and disappear as they close. Those few
     * are judged first and join the page by id, so the database counts and pages the whole list in due order:
     * a page reads its own rows, not every open row on an assumed calendar.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Obligation> open(String scenario, PageRequest paging) {
        List<UUID> judgedNow = withoutCalendarVersion(scenario).stream()
                .filter(o -> coverage.of(o) == CalendarCoverage.ASSUMED_WEEKDAYS)
                .map(Obligation::id)
                .toList();
        long total = listed("select count(o)", "", Long.class, scenario, judgedNow).getSingleResult();
        List<Obligation> page = listed("select o", " order by o.dueAt, o.id", Obligation.class, scenario, judgedNow)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
        return PageView.of(page, paging, total);
    }

    /** The open rows of the scenario (all when null) from before the calendar version was kept. */
    private List<Obligation> withoutCalendarVersion(String scenario) {
        TypedQuery<Obligation> query = entityManager.createQuery("from Obligation o where o.status = :open"
                        + " and o.calendarVersion is null"
                        + (scenario == null ? "" : " and o.processType = :scenario"), Obligation.class)
                .setParameter("open", ObligationStatus.OPEN);
        if (scenario != null) {
            query.setParameter("scenario", scenario);
        }
        return query.getResultList();
    }

    /**
     * The list's rows: among the rows of the partial index (its condition, so the planner can use it), those judged
     * ASSUMED_WEEKDAYS on their own calendar version, and those without one judged so now ({@code judgedNow}).
     */
    private <T> TypedQuery<T> listed(String select, String orderBy, Class<T> type, String scenario,
                                     List<UUID> judgedNow) {
        TypedQuery<T> query = entityManager.createQuery(select + " from Obligation o where o.status = :open"
                        + " and (o.calendarCoverage = :assumed or o.calendarVersion is null)"
                        + " and (o.calendarVersion is not null" + (judgedNow.isEmpty() ? "" : " or o.id in :judgedNow") + ")"
                        + (scenario == null ? "" : " and o.processType = :scenario") + orderBy, type)
                .setParameter("open", ObligationStatus.OPEN)
                .setParameter("assumed", CalendarCoverage.ASSUMED_WEEKDAYS);
        if (!judgedNow.isEmpty()) {
            query.setParameter("judgedNow", judgedNow);
        }
        if (scenario != null) {
            query.setParameter("scenario", scenario);
        }
        return query;
    }

    /**
     * Open rows scheduled before the coverage was kept are judged once, after start (Flyway has migrated by then),
     * {@value #JUDGED_PER_TRANSACTION} at a time (all of them in one transaction ran out of heap with a million), on
     * a thread of their own: a million rows take minutes, and readiness, the consumer and the scheduler need not
     * wait for them. A row not judged yet is missing from {@link #open} for those minutes unless it has no
     * calendar version (then the list judges it as it reads it).
     */
    void judgeRowsFromBefore(@Observes StartupEvent event) {
        Thread judging = new Thread(() -> {
            try {
                int judged = judgeRowsFromBefore(JUDGED_PER_TRANSACTION);
                if (judged > 0) {
                    LOG.infof("judged the calendar coverage of %d open deadlines scheduled before it was kept", judged);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "judging the calendar coverage of deadlines from before stopped; the next start goes on");
            }
        }, "judging-rows-from-before");
        judging.setDaemon(true);
        judging.start();
    }

    void stopJudging(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Judges the open rows without a coverage, {@code perTransaction} rows per transaction in the order of their
     * ids (each batch starts after the last id of the one before, so a row judged as no coverage at all is not
     * read again); returns how many were judged.
     */
    int judgeRowsFromBefore(int perTransaction) {
        int judged = 0;
        UUID after = new UUID(0, 0); // the smallest uuid PostgreSQL orders
        while (!stopping) {
            UUID from = after;
            List<Obligation> batch = QuarkusTransaction.requiringNew().call(() -> {
                List<Obligation> rows = entityManager.createQuery("from Obligation o where o.status = :open"
                                + " and o.calendarCoverage is null and o.dueAt is not null and o.id > :after"
                                + " order by o.id", Obligation.class)
                        .setParameter("open", ObligationStatus.OPEN)
                        .setParameter("after", from)
                        .setMaxResults(perTransaction)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE) // events applied meanwhile wait, see ObligationTracker
                        .getResultList();
                rows.forEach(o -> o.judgedAs(coverage.of(o)));
                return rows;
            });
            judged += batch.size();
            if (batch.size() < perTransaction) {
                return judged;
            }
            after = batch.get(batch.size() - 1).id();
        }
        return judged;
    }
}
