package com.handbookflow.notification.audit;

import com.handbookflow.core.domain.StateConflictException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.label.Texts;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.event.ObligationChanged;
import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.core.obligation.ObligationState;
import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.domain.ObjectNotFoundException;
import com.handbookflow.core.sql.SqlRow;
import com.handbookflow.notification.deadline.ObligationTracker;
import com.handbookflow.notification.supervision.Period;
import com.handbookflow.notification.supervision.SupervisionConfig;
import com.handbookflow.notification.supervision.TrackedKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The suggestions of the quarterly process review (《流程优化建议表》). Each is owed by its owner
 * department by the end of its due date: it is tracked as an obligation (kind PROCESS_SUGGESTION),
 * so it is warned, reminded, escalated and counted in the on-time rate like every other obligation.
 */
@ApplicationScoped
public class ProcessSuggestions {

    private static final Texts TEXTS = Texts.of(ProcessSuggestions.class);

    private static final int NAME_LENGTH = 60;

    private final EntityManager entityManager;
    private final ObligationTracker obligations;
    private final Departments departments;
    private final SupervisionConfig config;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ProcessSuggestions(EntityManager entityManager, ObligationTracker obligations, Departments departments,
                       SupervisionConfig config, WorkingDayCalendar calendar, Clock clock) {
        this.entityManager = entityManager;
        this.obligations = obligations;
        this.departments = departments;
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public ProcessSuggestion record(Period quarter, String processType, String nodeKey, String suggestion,
                                    String ownerDepartment, String ownerPerson, LocalDate dueDate, Actor recordedBy) {
        if (!config.scenarios().contains(processType)) {
            throw new InvalidValueException("processType",
                    TEXTS.en("field.processType.unknown", config.scenarios(), String.join("、", config.scenarios())),
                    TEXTS.zh("field.processType.unknown", config.scenarios(), String.join("、", config.scenarios())));
        }
        departments.requireKnown(ownerDepartment, "ownerDepartment");
        Instant now = clock.instant();
        if (dueDate.isBefore(LocalDate.ofInstant(now, calendar.zone()))) {
            throw new InvalidValueException("dueDate", TEXTS.en("field.dueDate.past"), TEXTS.zh("field.dueDate.past"));
        }
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        insert into process_suggestion (id, quarter, process_type, node_key, suggestion, owner_department,
                            owner_person, due_date, status, recorded_by, recorded_at)
                        values (:id, :quarter, :type, :node, :suggestion, :owner, :person, :due, :status, :by, :now)""")
                .setParameter("id", id).setParameter("quarter", quarter.label()).setParameter("type", processType)
                .setParameter("node", nodeKey).setParameter("suggestion", suggestion).setParameter("owner", ownerDepartment)
                .setParameter("person", ownerPerson).setParameter("due", dueDate)
                .setParameter("status", SuggestionStatus.OPEN.name()).setParameter("by", recordedBy.userId())
                .setParameter("now", now)
                .executeUpdate();
        ProcessSuggestion recorded = find(id);
        obligations.apply(obligation(recorded, ObligationState.OPEN, now, recordedBy));
        return recorded;
    }

    /** The owner reports the suggestion carried out: the obligation is fulfilled (on time if by its due). */
    @Transactional
    public ProcessSuggestion done(UUID id, Actor actor) {
        ProcessSuggestion suggestion = find(id);
        if (suggestion.status().code().equals(SuggestionStatus.DONE.name())) {
            throw new StateConflictException(ProblemText.of(ProcessSuggestions.class, "suggestion-done", id,
                    suggestion.doneAt()));
        }
        Instant now = clock.instant();
        entityManager.createNativeQuery("update process_suggestion set status = :done, done_at = :now where id = :id")
                .setParameter("done", SuggestionStatus.DONE.name()).setParameter("now", now).setParameter("id", id)
                .executeUpdate();
        ProcessSuggestion done = find(id);
        obligations.apply(obligation(done, ObligationState.FULFILLED, now, actor));
        return done;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProcessSuggestion> of(String quarter) {
        return rows("where quarter = :key order by process_type, node_key nulls first, recorded_at", quarter);
    }

    private ProcessSuggestion find(UUID id) {
        return rows("where id = :key", id).stream().findFirst()
                .orElseThrow(() -> new ObjectNotFoundException("Process suggestion", id));
    }

    private ObligationChanged obligation(ProcessSuggestion s, ObligationState state, Instant at, Actor actor) {
        String name = s.suggestion().length() > NAME_LENGTH ? s.suggestion().substring(0, NAME_LENGTH) + "…" : s.suggestion();
        boolean fulfilled = state == ObligationState.FULFILLED;
        return ObligationChanged.builder()
                .eventId(UUID.randomUUID()).occurredAt(at)
                .processType(s.processType()).instanceId(s.id()).businessNumber(businessNumber(s))
                .obligationKey(TrackedKind.PROCESS_SUGGESTION.name()).kind(TrackedKind.PROCESS_SUGGESTION.name())
                .nameZh(TEXTS.zh("audit.suggestion.obligation-name", name))
                .nameEn(TEXTS.en("audit.suggestion.obligation-name", name))
                .state(state).responsibleDepartment(s.ownerDepartment()).responsiblePerson(s.ownerPerson())
                .startedAt(s.recordedAt()).dueAt(calendar.endOfWorkingDay(s.dueDate())).calendarVersion(calendar.version())
                .completedAt(fulfilled ? at : null)
                .actor(actor).attributes(Map.of())
                .build();
    }

    /** e.g. YH-2026-Q1-PLAN: the form's quarter and row, readable in a notice's title. */
    private static String businessNumber(ProcessSuggestion s) {
        String number = "YH-" + s.quarter() + "-" + (s.nodeKey() == null ? s.processType() : s.nodeKey());
        return number.length() > 64 ? number.substring(0, 64) : number;
    }

    private List<ProcessSuggestion> rows(String where, Object key) {
        List<SqlRow> rows = SqlRow.list(entityManager.createNativeQuery("""
                        select id, quarter, process_type, node_key, suggestion, owner_department, owner_person, due_date,
                               status, recorded_by, recorded_at, done_at
                        from process_suggestion""" + " " + where, Tuple.class)
                .setParameter("key", key));
        return rows.stream().map(r -> new ProcessSuggestion(r.uuid("id"), r.string("quarter"), r.string("process_type"),
                r.string("node_key"), r.string("suggestion"), r.string("owner_department"), r.string("owner_person"),
                r.date("due_date"), LabeledValue.of(SuggestionStatus.valueOf(r.string("status"))), r.string("recorded_by"),
                r.instant("recorded_at"), r.instant("done_at")))
                .toList();
    }
}
