package com.handbookflow.notification.calendar;

import com.handbookflow.core.calendar.CalendarYear;
import com.handbookflow.core.calendar.NamedDay;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.calendar.feed.CalendarYears;
import com.handbookflow.core.calendar.feed.StoredCalendarDays;
import com.handbookflow.core.event.CalendarYearPublished;
import com.handbookflow.core.outbox.Outbox;
import com.handbookflow.core.sql.SqlRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Publishes a year of the working-day calendar: checked ({@link CalendarYearRules}), stored as a new
 * version ({@code calendar_publication}), sent to every service through the outbox on
 * {@code notification.events}, and used by this service at once.
 */
@ApplicationScoped
public class CalendarPublications {

    /** Versions read {@code CN-<year>.<revision>}, as the shipped {@code CN-2026.1}. */
    static final String VERSION_PREFIX = "CN-";

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final CalendarYears years;
    private final WorkingDayCalendar calendar;
    private final StoredCalendarDays days;
    private final Clock clock;

    CalendarPublications(EntityManager entityManager, Outbox outbox, CalendarYears years, WorkingDayCalendar calendar,
                         StoredCalendarDays days, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.years = years;
        this.calendar = calendar;
        this.days = days;
        this.clock = clock;
    }

    /** A published version, as the API shows it. */
    public record Publication(int year, String version, int revision, String source, List<NamedDay> holidays,
                              List<NamedDay> makeUpWorkingDays, String publishedBy, Instant publishedAt, UUID eventId) {
    }

    @Transactional
    public Publication publish(int year, CalendarYearRequest request, String publishedBy) {
        CalendarYear checked = CalendarYearRules.check(year, request, "pending");
        // One publication of a year at a time: the revision numbers stay dense and unique.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('calendar-publication:' || :year))")
                .setParameter("year", Integer.toString(year)).getSingleResult();
        int revision = nextRevision(year);
        String version = VERSION_PREFIX + year + "." + revision;
        CalendarYear published = new CalendarYear(year, version, checked.source(), checked.holidays(),
                checked.makeUpWorkingDays());
        CalendarYearPublished event = new CalendarYearPublished(UUID.randomUUID(), clock.instant(), year, version,
                published.source(), published.holidays(), published.makeUpWorkingDays(), publishedBy);
        entityManager.createNativeQuery("""
                        insert into calendar_publication (version, year, revision, source, holidays, make_up_working_days,
                                                          published_by, published_at, event_id)
                        values (:version, :year, :revision, :source, cast(:holidays as jsonb), cast(:makeUp as jsonb),
                                :by, :at, :eventId)""")
                .setParameter("version", version)
                .setParameter("year", year)
                .setParameter("revision", revision)
                .setParameter("source", published.source())
                .setParameter("holidays", days.write(published.holidays()))
                .setParameter("makeUp", days.write(published.makeUpWorkingDays()))
                .setParameter("by", publishedBy)
                .setParameter("at", event.occurredAt())
                .setParameter("eventId", event.eventId())
                .executeUpdate();
        outbox.append(event);
        years.receive(event); // this service's own consumer will find it stored already
        return new Publication(year, version, revision, published.source(), published.holidays(),
                published.makeUpWorkingDays(), publishedBy, event.occurredAt(), event.eventId());
    }

    /** Every published version, newest year and revision first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Publication> all() {
        List<SqlRow> rows = SqlRow.list(entityManager.createNativeQuery("""
                        select year, version, revision, source, cast(holidays as text) as holidays,
                               cast(make_up_working_days as text) as make_up_working_days,
                               published_by, published_at, event_id
                        from calendar_publication order by year desc, revision desc""", Tuple.class));
        return rows.stream().map(r -> new Publication(r.integer("year"), r.string("version"), r.integer("revision"),
                r.string("source"), days.read(r.string("holidays")), days.read(r.string("make_up_working_days")),
                r.string("published_by"), r.instant("published_at"), r.uuid("event_id"))).toList();
    }

    /** After the last publication of the year; past the shipped file's version of it (e.g. CN-2026.1). */
    private int nextRevision(int year) {
        Number last = (Number) entityManager.createNativeQuery(
                        "select coalesce(max(revision), 0) from calendar_publication where year = :year")
                .setParameter("year", year).getSingleResult();
        int revision = last.intValue() + 1;
        while (calendar.yearVersion(year).orElse("").equals(VERSION_PREFIX + year + "." + revision)
                || !calendar.yearsOf(VERSION_PREFIX + year + "." + revision).isEmpty()) {
            revision++;
        }
        return revision;
    }
}
