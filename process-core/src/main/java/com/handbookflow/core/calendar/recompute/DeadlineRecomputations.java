package com.handbookflow.core.calendar.recompute;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.calendar.WorkingDayCalendar;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.DeadlineChange;
import com.handbookflow.core.engine.ProcessEngine;
import com.handbookflow.core.sql.SqlRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The explicit recomputation of this service's open deadlines with the calendar as it is now, after a
 * calendar year was loaded. Loading a year never moves a deadline by itself (people plan by the due
 * instant they were told); an administrator asks for it, and the recomputation is recorded: who, when,
 * under which calendar version, how many deadlines were examined and which changed. Each changed
 * deadline publishes its normal event, so notification-service follows.
 */
@ApplicationScoped
public class DeadlineRecomputations {

    private static final TypeReference<List<DeadlineChange>> CHANGES = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ProcessEngine engine;
    private final WorkingDayCalendar calendar;
    private final ObjectMapper json;
    private final Clock clock;
    private final Instance<RecomputableDeadlines> scenarioKinds;

    DeadlineRecomputations(EntityManager entityManager, ProcessEngine engine, WorkingDayCalendar calendar,
                           ObjectMapper json, Clock clock, @Any Instance<RecomputableDeadlines> scenarioKinds) {
        this.entityManager = entityManager;
        this.engine = engine;
        this.calendar = calendar;
        this.json = json;
        this.clock = clock;
        this.scenarioKinds = scenarioKinds;
    }

    /**
     * Recomputes, in one transaction, every open calendar-dependent deadline computed with another calendar
     * version: the nodes' and work items' (the engine's) and every kind the service registered as
     * {@link RecomputableDeadlines} (customer updates, reviews, meetings...).
     */
    @Transactional
    public Recomputation recompute(Actor requestedBy, String reason) {
        String version = calendar.version();
        String comment = "calendar recomputation / 按新日历重新计算: " + version
                + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")");
        List<DeadlineChange> changes = new ArrayList<>();
        for (UUID instanceId : instancesWithOlderDeadlines(version)) {
            changes.addAll(engine.recomputeDeadlines(engine.load(instanceId), requestedBy, comment));
        }
        Instant now = clock.instant();
        for (RecomputableDeadlines kind : scenarioKinds) {
            for (RecomputableDeadlines.OpenDeadline open : kind.computedWithOtherThan(version)) {
                Instant dueAt = open.rule().dueAt(calendar);
                changes.add(new DeadlineChange(kind.kind(), open.businessNumber(), open.key(), open.dueAt(), dueAt,
                        open.calendarVersion(), version));
                kind.reschedule(open, dueAt, version, requestedBy, now);
            }
        }
        Recomputation recorded = new Recomputation(UUID.randomUUID(), requestedBy.userId(), now, version,
                reason == null || reason.isBlank() ? null : reason.strip(), changes.size(),
                (int) changes.stream().filter(DeadlineChange::moved).count(), changes);
        entityManager.createNativeQuery("""
                        insert into calendar_recomputation (id, requested_by, requested_at, calendar_version, reason,
                                                            examined, changed, changes)
                        values (:id, :by, :at, :version, :reason, :examined, :changed, cast(:changes as jsonb))""")
                .setParameter("id", recorded.id())
                .setParameter("by", recorded.requestedBy())
                .setParameter("at", recorded.requestedAt())
                .setParameter("version", version)
                .setParameter("reason", recorded.reason())
                .setParameter("examined", recorded.examined())
                .setParameter("changed", recorded.changed())
                .setParameter("changes", toJson(changes))
                .executeUpdate();
        return recorded;
    }

    /** The recorded recomputations, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recomputation> recorded(int limit) {
        List<SqlRow> rows = SqlRow.list(entityManager.createNativeQuery("""
                        select id, requested_by, requested_at, calendar_version, reason, examined, changed,
                               cast(changes as text) as changes
                        from calendar_recomputation order by requested_at desc, id limit :limit""", Tuple.class)
                .setParameter("limit", limit));
        return rows.stream().map(row -> new Recomputation(row.uuid("id"), row.string("requested_by"),
                row.instant("requested_at"), row.string("calendar_version"), row.string("reason"),
                row.integer("examined"), row.integer("changed"), fromJson(row.string("changes")))).toList();
    }

    private List<UUID> instancesWithOlderDeadlines(String version) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                        select process_instance_id from node_instance
                        where state = 'ACTIVE' and calendar_version <> :version and limit_spec like '%WD'
                        union
                        select process_instance_id from work_item
                        where state = 'OPEN' and calendar_version <> :version and limit_spec like '%WD'""", UUID.class)
                .setParameter("version", version)
                .getResultList();
        return ids;
    }

    private String toJson(List<DeadlineChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("recomputed deadlines cannot be written as JSON", e);
        }
    }

    private List<DeadlineChange> fromJson(String text) {
        try {
            return json.readValue(text, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("recorded changes cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * One recorded recomputation.
     *
     * @param examined the open deadlines computed with an older calendar version (all now under {@code calendarVersion})
     * @param changed  those whose due instant moved
     */
    public record Recomputation(UUID id, String requestedBy, Instant requestedAt, String calendarVersion, String reason,
                                int examined, int changed, List<DeadlineChange> changes) {
    }
}
