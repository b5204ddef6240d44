package com.handbookflow.core.event;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Someone an escalation must reach, named directly: a department's inbox (the supervising
 * department {@code operations-management}), a person (the project leader), or a role
 * (DEPARTMENT_HEAD, LEADER_IN_CHARGE, PROCESS_OWNER) of {@code department}, or of the escalation's
 * department when that is null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EscalationTarget(Kind kind, String code, String department) {

    public enum Kind { DEPARTMENT, ROLE, PERSON }

    public static EscalationTarget department(String code) {
        return new EscalationTarget(Kind.DEPARTMENT, code, null);
    }

    public static EscalationTarget person(String userId) {
        return new EscalationTarget(Kind.PERSON, userId, null);
    }

    /** A role of the escalation's own department. */
    public static EscalationTarget role(String role) {
        return new EscalationTarget(Kind.ROLE, role, null);
    }

    /** A role of another department, e.g. the leader in charge of {@code operations-management}. */
    public static EscalationTarget role(String role, String department) {
        return new EscalationTarget(Kind.ROLE, role, department);
    }
}
