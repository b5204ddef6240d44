package com.handbookflow.core.calendar.feed;

import com.handbookflow.core.calendar.CalendarYear;
import com.handbookflow.core.calendar.NamedDay;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.event.CalendarYearPublished;
import com.handbookflow.core.sql.SqlRow;
import com.handbookflow.core.transaction.AfterCommit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;

/**
 * The calendar years this service received ({@code calendar_year}), and the bridge into its
 * {@link WorkingDayCalendar}: a received year is stored, and taken into the calendar once the storing
 * transaction commits; at start and every {@code handbook.calendar.feed.refresh-every} the stored
 * years are read back, so every instance of the service (only one of them consumes the event) and a
 * restarted one use the same calendar.
 */
@ApplicationScoped
public class CalendarYears {

    private static final Logger LOG = Logger.getLogger(CalendarYears.class);

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;
    private final StoredCalendarDays days;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    CalendarYears(EntityManager entityManager, WorkingDayCalendar calendar, StoredCalendarDays days,
                  TransactionSynchronizationRegistry transactions, Clock clock) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.days = days;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Stores a published year in the caller's transaction; the calendar takes it after the commit.
     * A year already stored (the same version) changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(CalendarYearPublished published) {
        CalendarYear year = published.calendarYear();
        int inserted = entityManager.createNativeQuery("""
                        insert into calendar_year (version, year, source, holidays, make_up_working_days, published_by,
                                                   published_at, received_at)
                        values (:version, :year, :source, cast(:holidays as jsonb), cast(:makeUp as jsonb), :by, :at, :now)
                        on conflict (version) do nothing""")
                .setParameter("version", year.version())
                .setParameter("year", year.year())
                .setParameter("source", year.source())
                .setParameter("holidays", days.write(year.holidays()))
                .setParameter("makeUp", days.write(year.makeUpWorkingDays()))
                .setParameter("by", published.publishedBy())
                .setParameter("at", published.occurredAt())
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (inserted == 1) {
            AfterCommit.run(transactions, () -> load(year));
        }
    }

    /** Reads every stored year back: each version is remembered, the newest of each year is used. */
    public void refresh() {
        List<SqlRow> rows = QuarkusTransaction.joiningExisting().call(() -> SqlRow.list(entityManager.createNativeQuery("""
                        select year, version, source, cast(holidays as text) as holidays,
                               cast(make_up_working_days as text) as make_up_working_days
                        from calendar_year order by year, published_at, received_at""", Tuple.class)));
        CalendarYear newest = null;
        for (SqlRow row : rows) {
            CalendarYear year = new CalendarYear(row.integer("year"), row.string("version"), row.string("source"),
                    days.read(row.string("holidays")), days.read(row.string("make_up_working_days")));
            calendar.remember(year);
            if (newest != null && newest.year() != year.year()) {
                load(newest);
            }
            newest = year;
        }
        if (newest != null) {
            load(newest);
        }
    }

    // Flyway has migrated before the startup event is fired.
    void onStart(@Observes StartupEvent event) {
        refresh();
    }

    @Scheduled(every = "${handbook.calendar.feed.refresh-every:1m}", delayed = "${handbook.calendar.feed.refresh-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshRegularly() {
        refresh();
    }

    private void load(CalendarYear year) {
        if (calendar.load(year)) {
            LOG.infof("calendar year %d version %s loaded; the calendar is now %s", year.year(), year.version(),
                    calendar.version());
        }
    }
}
