package com.handbookflow.complaint.review;

import com.handbookflow.core.label.Texts;
import com.handbookflow.core.sql.SqlRow;
import com.handbookflow.complaint.service.ComplaintProcess;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.calendar.recompute.RecomputableDeadlines;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.obligation.ObligationState;
import com.handbookflow.core.obligation.Obligation;
import com.handbookflow.core.obligation.ObligationSubject;
import com.handbookflow.core.outbox.Outbox;
import com.handbookflow.core.domain.StateConflictException;
import com.handbookflow.core.label.ProblemText;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The monthly review is owed like any deadline: from the 1st of the next month it is an open
 * obligation (due by the 5th), published for the notification service to remind and escalate;
 * recording the review held meets it. One row per month makes opening idempotent, also with
 * several instances of the service. A due day off moves to the next working day, so an open review is
 * recomputed when a calendar year was loaded ({@link RecomputableDeadlines}).
 */
@ApplicationScoped
public class ReviewObligations implements RecomputableDeadlines {

    private static final Texts TEXTS = Texts.of(ReviewObligations.class);

    static final String KIND = "MONTHLY_REVIEW";

    private final EntityManager entityManager;
    private final ReviewService reviews;
    private final Outbox outbox;
    private final WorkingDayCalendar calendar;
    private final ProcessDefinitions definitions;
    private final Clock clock;

    ReviewObligations(EntityManager entityManager, ReviewService reviews, Outbox outbox, WorkingDayCalendar calendar,
                      ProcessDefinitions definitions, Clock clock) {
        this.entityManager = entityManager;
        this.reviews = reviews;
        this.outbox = outbox;
        this.calendar = calendar;
        this.definitions = definitions;
        this.clock = clock;
    }

    /** Opens the review of the month that just ended, once. Runs hourly; tests call it directly. */
    @Scheduled(every = "1h", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void openLastMonthsReview() {
        Instant now = clock.instant();
        YearMonth lastMonth = YearMonth.from(now.atZone(calendar.zone())).minusMonths(1);
        Instant due = reviews.dueBy(lastMonth);
        String version = calendar.version();
        int opened = entityManager.createNativeQuery("insert into complaint_review (month, opened_at, due_at, "
                        + "calendar_version) values (:month, :now, :due, :version) on conflict do nothing")
                .setParameter("month", lastMonth.toString()).setParameter("now", now).setParameter("due", due)
                .setParameter("version", version).executeUpdate();
        if (opened == 1) {
            outbox.append(review(lastMonth, now, due, version).opened(Actor.SYSTEM, now));
        }
    }

    /** Records the review of {@code month} as held; refused before the month has ended or a second time. */
    @Transactional
    public void recordHeld(YearMonth month, String conclusion, Actor actor) {
        Instant now = clock.instant();
        if (!YearMonth.from(now.atZone(calendar.zone())).isAfter(month)) {
            throw new StateConflictException(ProblemText.of(ReviewObligations.class, "month-not-over", month));
        }
        entityManager.createNativeQuery("insert into complaint_review (month, opened_at, due_at, calendar_version) "
                        + "values (:month, :now, :due, :version) on conflict do nothing")
                .setParameter("month", month.toString()).setParameter("now", now)
                .setParameter("due", reviews.dueBy(month)).setParameter("version", calendar.version())
                .executeUpdate();
        SqlRow row = SqlRow.single(entityManager.createNativeQuery("select opened_at, completed_at, due_at, calendar_version "
                + "from complaint_review where month = :month for update", Tuple.class).setParameter("month", month.toString()));
        if (row.value("completed_at") != null) {
            throw new StateConflictException(ProblemText.of(ReviewObligations.class, "review-already-held", month))
                    .with("currentState", ObligationState.FULFILLED.name());
        }
        entityManager.createNativeQuery("update complaint_review set completed_at = :now, completed_by = :by, "
                        + "conclusion = :conclusion where month = :month")
                .setParameter("now", now).setParameter("by", actor.userId()).setParameter("conclusion", conclusion)
                .setParameter("month", month.toString()).executeUpdate();
        // as it was owed: the due instant and calendar version stored (a recomputation may have moved it)
        String version = row.value("calendar_version") != null ? row.string("calendar_version") : calendar.version();
        outbox.append(review(month, row.instant("opened_at"), row.instant("due_at"), version)
                .fulfilled(now, actor, now));
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The reviews still owed whose due day was found with another calendar (a month's 5th may be a holiday). */
    @Override
    public List<OpenDeadline> computedWithOtherThan(String calendarVersion) {
        List<SqlRow> rows = SqlRow.list(entityManager.createNativeQuery("select month, due_at, calendar_version "
                        + "from complaint_review where completed_at is null and calendar_version is not null "
                        + "and calendar_version <> :version order by month for update", Tuple.class)
                .setParameter("version", calendarVersion));
        return rows.stream().map(row -> {
            YearMonth month = YearMonth.parse(row.string("month"));
            return new OpenDeadline(instanceOf(month), "REVIEW-" + month, "monthly-review-" + month,
                    row.instant("due_at"), row.string("calendar_version"), c -> reviews.dueBy(month));
        }).toList();
    }

    @Override
    public void reschedule(OpenDeadline deadline, Instant dueAt, String calendarVersion, Actor actor, Instant now) {
        YearMonth month = YearMonth.parse(deadline.businessNumber().substring("REVIEW-".length()));
        entityManager.createNativeQuery("update complaint_review set due_at = :due, calendar_version = :version "
                        + "where month = :month")
                .setParameter("due", dueAt).setParameter("version", calendarVersion)
                .setParameter("month", month.toString()).executeUpdate();
        SqlRow review = SqlRow.single(entityManager.createNativeQuery(
                        "select opened_at from complaint_review where month = :month", Tuple.class)
                .setParameter("month", month.toString()));
        outbox.append(review(month, review.instant("opened_at"), dueAt, calendarVersion).opened(actor, now));
    }

    private Obligation review(YearMonth month, Instant startedAt, Instant dueAt, String calendarVersion) {
        return Obligation.owed(
                        new ObligationSubject(ComplaintProcess.TYPE, instanceOf(month), "REVIEW-" + month,
                                Map.of("month", month.toString())),
                        "monthly-review-" + month, KIND, TEXTS.zh("obligation.monthly-review", month),
                        TEXTS.en("obligation.monthly-review", month))
                .by(ComplaintProcess.intakeDepartment(definitions), null)
                .due(startedAt, dueAt, null, calendarVersion);
    }

    /** A stable id per month: the Kafka key that keeps a month's review events in order. */
    static UUID instanceOf(YearMonth month) {
        return UUID.nameUUIDFromBytes(("complaint-review/" + month).getBytes(StandardCharsets.UTF_8));
    }

}
