package com.handbookflow.core.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.engine.Actor;
import com.handbookflow.core.obligation.ObligationState;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An obligation outside the node sequence opened, was met, or closed: a recurring duty ("update
 * the customer at least every 2 days": each update meets the current one and opens the next), an
 * improvement measure with its deadline, a project task or risk. The notification service tracks
 * it like a node: {@code obligationKey} identifies it within the instance.
 *
 * <p>Built by name: {@code ObligationChanged.builder()...build()}.
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
        ObligationState state,
        String responsibleDepartment,
        String responsiblePerson,
        Instant startedAt,
        Instant dueAt,
        LimitSpec limit,
        String calendarVersion,
        Instant completedAt,
        Boolean onTime,
        Actor actor,
        Map<String, Object> attributes) implements ProcessEvent {

    @Override
    public String type() {
        return EventTypes.OBLIGATION_CHANGED;
    }

    @Override
    public String subject() {
        return businessNumber + "/" + obligationKey;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds the event by field name; what is not set stays null (false, 0). */
    public static final class Builder {

        private UUID eventId;
        private Instant occurredAt;
        private String processType;
        private UUID instanceId;
        private String businessNumber;
        private String obligationKey;
        private String kind;
        private String nameZh;
        private String nameEn;
        private ObligationState state;
        private String responsibleDepartment;
        private String responsiblePerson;
        private Instant startedAt;
        private Instant dueAt;
        private LimitSpec limit;
        private String calendarVersion;
        private Instant completedAt;
        private Boolean onTime;
        private Actor actor;
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

        public Builder obligationKey(String obligationKey) {
            this.obligationKey = obligationKey;
            return this;
        }

        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public Builder nameZh(String nameZh) {
            this.nameZh = nameZh;
            return this;
        }

        public Builder nameEn(String nameEn) {
            this.nameEn = nameEn;
            return this;
        }

        public Builder state(ObligationState state) {
            this.state = state;
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

        public Builder actor(Actor actor) {
            this.actor = actor;
            return this;
        }

        public Builder attributes(Map<String, Object> attributes) {
            this.attributes = attributes;
            return this;
        }

        public ObligationChanged build() {
            return new ObligationChanged(eventId,
                    occurredAt,
                    processType,
                    instanceId,
                    businessNumber,
                    obligationKey,
                    kind,
                    nameZh,
                    nameEn,
                    state,
                    responsibleDepartment,
                    responsiblePerson,
                    startedAt,
                    dueAt,
                    limit,
                    calendarVersion,
                    completedAt,
                    onTime,
                    actor,
                    attributes);
        }
    }
}
