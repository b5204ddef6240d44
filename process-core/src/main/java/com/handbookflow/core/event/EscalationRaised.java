package com.handbookflow.core.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.handbookflow.core.engine.Actor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Something must reach people above the responsible person at once, e.g. a complaint graded MAJOR
 * goes to the head of the responsible department and the leader in charge.
 *
 * @param levels who must be told: DEPARTMENT_HEAD, LEADER_IN_CHARGE, PROCESS_OWNER
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EscalationRaised(
        UUID eventId,
        Instant occurredAt,
        String processType,
        UUID instanceId,
        String businessNumber,
        String nodeKey,
        String department,
        List<String> levels,
        String reason,
        String reasonZh,
        Actor actor,
        Map<String, Object> attributes) implements ProcessEvent {

    @Override
    public String type() {
        return EventTypes.ESCALATION_RAISED;
    }

    @Override
    public String subject() {
        return businessNumber + "/" + (nodeKey == null ? "escalation" : nodeKey);
    }
}
