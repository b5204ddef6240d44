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
 * @param levels  who must be told, as roles of {@code department}: DEPARTMENT_HEAD, LEADER_IN_CHARGE, PROCESS_OWNER
 * @param targets since the scenario kit, optional: anyone else named directly (a department, a person,
 *                a role of another department); absent from the JSON when null
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
        Map<String, Object> attributes,
        List<EscalationTarget> targets) implements ProcessEvent {

    @com.fasterxml.jackson.annotation.JsonCreator
    public EscalationRaised {
        targets = targets == null ? null : List.copyOf(targets);
    }

    /** An escalation to roles of one department only (the shape before named targets). */
    public EscalationRaised(UUID eventId, Instant occurredAt, String processType, UUID instanceId,
                            String businessNumber, String nodeKey, String department, List<String> levels,
                            String reason, String reasonZh, Actor actor, Map<String, Object> attributes) {
        this(eventId, occurredAt, processType, instanceId, businessNumber, nodeKey, department, levels, reason,
                reasonZh, actor, attributes, null);
    }

    /** The same escalation, also to the named targets. */
    public EscalationRaised withTargets(List<EscalationTarget> newTargets) {
        return new EscalationRaised(eventId, occurredAt, processType, instanceId, businessNumber, nodeKey, department,
                levels, reason, reasonZh, actor, attributes, newTargets);
    }

    @Override
    public String type() {
        return EventTypes.ESCALATION_RAISED;
    }

    @Override
    public String subject() {
        return businessNumber + "/" + (nodeKey == null ? "escalation" : nodeKey);
    }
}
