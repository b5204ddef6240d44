package com.handbookflow.notification.supervision;

import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.domain.StateConflictException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.sql.SqlRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Ratings between departments after a collaboration (部门满意度): kept, and counted in the rated
 * department's satisfaction in the same transaction, beside the ratings of project retrospectives.
 */
@ApplicationScoped
public class DepartmentRatings {

    private static final Texts TEXTS = Texts.of(DepartmentRatings.class);

    private final EntityManager entityManager;
    private final SupervisionLedger ledger;
    private final Departments departments;
    private final SupervisionConfig config;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    DepartmentRatings(EntityManager entityManager, SupervisionLedger ledger, Departments departments,
                      SupervisionConfig config, WorkingDayCalendar calendar, Clock clock) {
        this.entityManager = entityManager;
        this.ledger = ledger;
        this.departments = departments;
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public DepartmentRating rate(String rater, String rated, int score, String processType, String businessNumber,
                                 String comment, String ratedBy) {
        departments.requireKnown(rater, "raterDepartment");
        departments.requireKnown(rated, "ratedDepartment");
        if (!config.scenarios().contains(processType)) {
            throw new InvalidValueException("processType",
                    TEXTS.en("field.processType.unknown", config.scenarios(), String.join("、", config.scenarios())),
                    TEXTS.zh("field.processType.unknown", config.scenarios(), String.join("、", config.scenarios())));
        }
        if (rater.equals(rated)) {
            throw new RuleBrokenException(ProblemText.of(DepartmentRatings.class, "self-rating", rated),
                    List.of(new FieldError("ratedDepartment", TEXTS.en("field.ratedDepartment.self"))));
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        int inserted = entityManager.createNativeQuery("""
                        insert into department_rating (id, rater_department, rated_department, score, process_type,
                            business_number, comment, rated_by, rated_at)
                        values (:id, :rater, :rated, :score, :type, :number, :comment, :by, :now)
                        on conflict do nothing""")
                .setParameter("id", id).setParameter("rater", rater).setParameter("rated", rated)
                .setParameter("score", score).setParameter("type", processType).setParameter("number", businessNumber)
                .setParameter("comment", comment).setParameter("by", ratedBy).setParameter("now", now)
                .executeUpdate();
        if (inserted == 0) {
            throw new StateConflictException(ProblemText.of(DepartmentRatings.class, "already-rated", rater, rated,
                    businessNumber));
        }
        ledger.departmentRated(LocalDate.ofInstant(now, calendar.zone()), processType, rated, score);
        return new DepartmentRating(id, rater, rated, score, processType, businessNumber, comment, ratedBy, now);
    }

    /** The ratings a department received in a period, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DepartmentRating> of(String ratedDepartment, Period period) {
        List<SqlRow> rows = SqlRow.list(entityManager.createNativeQuery("""
                        select id, rater_department, rated_department, score, process_type, business_number, comment,
                               rated_by, rated_at
                        from department_rating
                        where (cast(:rated as varchar) is null or rated_department = :rated)
                          and rated_at >= :start and rated_at < :end
                        order by rated_at desc, id limit 1000""", Tuple.class)
                .setParameter("rated", ratedDepartment)
                .setParameter("start", period.start(calendar.zone()))
                .setParameter("end", period.end(calendar.zone())));
        return rows.stream().map(r -> new DepartmentRating(r.uuid("id"), r.string("rater_department"),
                r.string("rated_department"), r.integer("score"), r.string("process_type"), r.string("business_number"),
                r.string("comment"), r.string("rated_by"), r.instant("rated_at"))).toList();
    }
}
