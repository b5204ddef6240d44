package com.handbookflow.core.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.engine.InstanceStatus;
import com.handbookflow.core.engine.NodeOutput;
import com.handbookflow.core.engine.NodeState;

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
        NodeState previousState,
        NodeState newState,
        String responsibleDepartment,
        String responsiblePerson,
        List<String> cooperatingDepartments,
        Instant startedAt,
        Instant dueAt,
        LimitSpec limit,
        String calendarVersion,
        Instant completedAt,
        Boolean onTime,
        String outcome,
        List<NodeOutput> outputs,
        List<String> requiredOutputs,
        boolean override,
        InstanceStatus instanceStatus,
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

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this event's fields, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.eventId = eventId;
        builder.occurredAt = occurredAt;
        builder.processType = processType;
        builder.instanceId = instanceId;
        builder.businessNumber = businessNumber;
        builder.nodeKey = nodeKey;
        builder.nodeNameZh = nodeNameZh;
        builder.nodeNameEn = nodeNameEn;
        builder.attempt = attempt;
        builder.previousState = previousState;
        builder.newState = newState;
        builder.responsibleDepartment = responsibleDepartment;
        builder.responsiblePerson = responsiblePerson;
        builder.cooperatingDepartments = cooperatingDepartments;
        builder.startedAt = startedAt;
        builder.dueAt = dueAt;
        builder.limit = limit;
        builder.calendarVersion = calendarVersion;
        builder.completedAt = completedAt;
        builder.onTime = onTime;
        builder.outcome = outcome;
        builder.outputs = outputs;
        builder.requiredOutputs = requiredOutputs;
        builder.override = override;
        builder.instanceStatus = instanceStatus;
        builder.endState = endState;
        builder.actor = actor;
        builder.comment = comment;
        builder.attributes = attributes;
        return builder;
    }

    /** Builds the event by field name; what is not set stays null (false, 0). */
    public static final class Builder {

        private UUID eventId;
        private Instant occurredAt;
        private String processType;
        private UUID instanceId;
        private String businessNumber;
        private String nodeKey;
        private String nodeNameZh;
        private String nodeNameEn;
        private int attempt;
        private NodeState previousState;
        private NodeState newState;
        private String responsibleDepartment;
        private String responsiblePerson;
        private List<String> cooperatingDepartments;
        private Instant startedAt;
        private Instant dueAt;
        private LimitSpec limit;
        private String calendarVersion;
        private Instant completedAt;
        private Boolean onTime;
        private String outcome;
        private List<NodeOutput> outputs;
        private List<String> requiredOutputs;
        private boolean override;
        private InstanceStatus instanceStatus;
        private String endState;
        private Actor actor;
        private String comment;
        private Map<String, Object> attributes;

        private Builder() {
        }

        public Builder eventId(UUID eventId) {
            this.eventId = eventId;
            return this;
        }

        public Builder occurredAt(Instant occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        public Builder processType(String processType) {
            this.processType = processType;
            return this;
        }

        public Builder instanceId(UUID instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        public Builder businessNumber(String businessNumber) {
            this.businessNumber = businessNumber;
            return this;
        }

        public Builder nodeKey(String nodeKey) {
            this.nodeKey = nodeKey;
            return this;
        }

        public Builder nodeNameZh(String nodeNameZh) {
            this.nodeNameZh = nodeNameZh;
            return this;
        }

        public Builder nodeNameEn(String nodeNameEn) {
            this.nodeNameEn = nodeNameEn;
            return this;
        }

        public Builder attempt(int attempt) {
            this.attempt = attempt;
            return this;
        }

        public Builder previousState(NodeState previousState) {
            this.previousState = previousState;
            return this;
        }

        public Builder newState(NodeState newState) {
            this.newState = newState;
            return this;
        }

        public Builder responsibleDepartment(String responsibleDepartment) {
            this.responsibleDepartment = responsibleDepartment;
            return this;
        }

        public Builder responsiblePerson(String responsiblePerson) {
            this.responsiblePerson = responsiblePerson;
            return this;
        }

        public Builder cooperatingDepartments(List<String> cooperatingDepartments) {
            this.cooperatingDepartments = cooperatingDepartments;
            return this;
        }

        public Builder startedAt(Instant startedAt) {
            this.startedAt = startedAt;
            return this;
        }

        public Builder dueAt(Instant dueAt) {
            this.dueAt = dueAt;
            return this;
        }

        public Builder limit(LimitSpec limit) {
            this.limit = limit;
            return this;
        }

        public Builder calendarVersion(String calendarVersion) {
            this.calendarVersion = calendarVersion;
            return this;
        }

        public Builder completedAt(Instant completedAt) {
            this.completedAt = completedAt;
            return this;
        }

        public Builder onTime(Boolean onTime) {
            this.onTime = onTime;
            return this;
        }

        public Builder outcome(String outcome) {
            this.outcome = outcome;
            return this;
        }

        public Builder outputs(List<NodeOutput> outputs) {
            this.outputs = outputs;
            return this;
        }

        public Builder requiredOutputs(List<String> requiredOutputs) {
            this.requiredOutputs = requiredOutputs;
            return this;
        }

        public Builder override(boolean override) {
            this.override = override;
            return this;
        }

        public Builder instanceStatus(InstanceStatus instanceStatus) {
            this.instanceStatus = instanceStatus;
            return this;
        }

        public Builder endState(String endState) {
            this.endState = endState;
            return this;
        }

        public Builder actor(Actor actor) {
            this.actor = actor;
            return this;
        }

        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        public Builder attributes(Map<String, Object> attributes) {
            this.attributes = attributes;
            return this;
        }

        public NodeStateChanged build() {
            return new NodeStateChanged(eventId,
                    occurredAt,
                    processType,
                    instanceId,
                    businessNumber,
                    nodeKey,
                    nodeNameZh,
                    nodeNameEn,
                    attempt,
                    previousState,
                    newState,
                    responsibleDepartment,
                    responsiblePerson,
                    cooperatingDepartments,
                    startedAt,
                    dueAt,
                    limit,
                    calendarVersion,
                    completedAt,
                    onTime,
                    outcome,
                    outputs,
                    requiredOutputs,
                    override,
                    instanceStatus,
                    endState,
                    actor,
                    comment,
                    attributes);
        }
    }
}
