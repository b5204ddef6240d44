package com.handbookflow.core.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.NodeOutput;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A node of a process instance changed state (or responsibility). The body of the CloudEvent of
 * type {@link EventTypes#NODE_STATE_CHANGED}: everything a consumer such as the notification
 * service needs, so it never has to call back. Versioned by adding optional fields only.
 *
 * @param previousState null when the node was just activated
 * @param dueAt         the node's due instant, computed from {@code limit} on {@code calendarVersion}
 * @param override      true when the node was passed over without its required outputs
 * @param attributes    scenario facts: grade, urgency, satisfaction, ...
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodeStateChanged(
        UUID eventId,
        Instant occurredAt,
        String processType,
        UUID instanceId,
        String businessNumber,
        String nodeKey,
        String nodeNameZh,
        String nodeNameEn,
        int attempt,
        String previousState,
        String newState,
        String responsibleDepartment,
        String responsiblePerson,
        List<String> cooperatingDepartments,
        Instant startedAt,
        Instant dueAt,
        String limit,
        String calendarVersion,
        Instant completedAt,
        Boolean onTime,
        String outcome,
        List<NodeOutput> outputs,
        List<String> requiredOutputs,
        boolean override,
        String instanceStatus,
        String endState,
        Actor actor,
        String comment,
        Map<String, Object> attributes) implements ProcessEvent {

    @Override
    public String type() {
        return EventTypes.NODE_STATE_CHANGED;
    }

    @Override
    public String subject() {
        return businessNumber + "/" + nodeKey;
    }
}
