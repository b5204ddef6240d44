package com.handbookflow.core.obligation;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.event.ObligationChanged;

import java.time.Instant;
import java.util.UUID;

/**
 * What a scenario owes besides its active node, in one of three shapes: {@link RecurringObligation
 * recurring} (update the customer at least every 2 days), on a {@link CalendarCadence calendar
 * cadence} (the monthly review by the 5th, the weekly meeting) or one-off with an owner and a
 * deadline (an improvement measure, a project task). Whatever the shape, each change is published
 * the same way, as {@link ObligationChanged}: OPEN, FULFILLED (on time or late) or CLOSED (no longer
 * owed); the notification service tracks it by {@code key} within the subject's instance.
 *
 * <p>Built by name: {@code Obligation.owed(subject, "improvement-measure-1", "IMPROVEMENT_MEASURE",
 * zh, en).by(department, person).due(startedAt, dueAt, limit, calendarVersion)}.
 */
public record Obligation(ObligationSubject subject, String key, String kind, String nameZh, String nameEn,
                         String responsibleDepartment, String responsiblePerson, Instant startedAt, Instant dueAt,
                         LimitSpec limit, String calendarVersion) {

    /**
     * The key of the {@code seq}-th obligation of its kind within an instance, from 1:
     * {@code customer-update-3}, {@code improvement-measure-1}. Consumers key open obligations by it.
     */
    public static String numberedKey(String prefix, int seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("obligations are numbered from 1, was " + seq);
        }
        return prefix + "-" + seq;
    }

    public static Obligation owed(ObligationSubject subject, String key, String kind, String nameZh, String nameEn) {
        return new Obligation(subject, key, kind, nameZh, nameEn, null, null, null, null, null, null);
    }

    /** Who owes it: a department, and a person when one is named. */
    public Obligation by(String department, String person) {
        return new Obligation(subject, key, kind, nameZh, nameEn, department, person, startedAt, dueAt, limit,
                calendarVersion);
    }

    /**
     * Since when it is owed and by when; {@code limit} is the spec the due instant was computed from
     * (null for a fixed deadline), {@code calendarVersion} the calendar used.
     */
    public Obligation due(Instant startedAt, Instant dueAt, String limit, String calendarVersion) {
        return new Obligation(subject, key, kind, nameZh, nameEn, responsibleDepartment, responsiblePerson,
                startedAt, dueAt, LimitSpec.parseNullable(limit), calendarVersion);
    }

    public ObligationChanged opened(Actor actor, Instant now) {
        return event(ObligationState.OPEN, null, actor, now);
    }

    /** Met at {@code at}: on time unless after the due instant. */
    public ObligationChanged fulfilled(Instant at, Actor actor, Instant now) {
        return event(ObligationState.FULFILLED, at, actor, now);
    }

    /** No longer owed (e.g. the complaint was closed while an update was due). */
    public ObligationChanged closed(Actor actor, Instant now) {
        return event(ObligationState.CLOSED, null, actor, now);
    }

    private ObligationChanged event(ObligationState state, Instant completedAt, Actor actor, Instant now) {
        return ObligationChanged.builder()
                .eventId(UUID.randomUUID()).occurredAt(now)
                .processType(subject.processType()).instanceId(subject.instanceId())
                .businessNumber(subject.businessNumber())
                .obligationKey(key).kind(kind).nameZh(nameZh).nameEn(nameEn)
                .state(state)
                .responsibleDepartment(responsibleDepartment).responsiblePerson(responsiblePerson)
                .startedAt(startedAt).dueAt(dueAt).limit(limit).calendarVersion(calendarVersion)
                .completedAt(completedAt).onTime(completedAt == null ? null : !completedAt.isAfter(dueAt))
                .actor(actor).attributes(subject.attributes())
                .build();
    }
}
