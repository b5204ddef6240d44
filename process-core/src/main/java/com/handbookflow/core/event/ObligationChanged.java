package com.handbookflow.core.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.handbookflow.core.engine.Actor;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An obligation outside the node sequence opened, was met, or closed: a recurring duty ("update
 * the customer at least every 2 days": each update meets the current one and opens the next), an
 * improvement measure with its deadline, a project task or risk. The notification service tracks
 * it like a node: {@code obligationKey} identifies it within the instance.
 *
 * @param kind  e.g. CUSTOMER_UPDATE, IMPROVEMENT_MEASURE, TASK, RISK
 * @param state OPEN, FULFILLED or CLOSED (no longer owed, e.g. the complaint was closed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObligationChanged(
        UUID eventId,
        Instant occurredAt,
        String processType,
        UUID instanceId,
        String businessNumber,
        String obligationKey,
        String kind,
        String nameZh,
        String nameEn,
        String state,
        String responsibleDepartment,
        String responsiblePerson,
        Instant startedAt,
        Instant dueAt,
        String limit,
        String calendarVersion,
        Instant completedAt,
        Boolean onTime,
        Actor actor,
        Map<String, Object> attributes) implements ProcessEvent {

    public static final String OPEN = "OPEN";
    public static final String FULFILLED = "FULFILLED";
    public static final String CLOSED = "CLOSED";

    @Override
    public String type() {
        return EventTypes.OBLIGATION_CHANGED;
    }

    @Override
    public String subject() {
        return businessNumber + "/" + obligationKey;
    }
}
