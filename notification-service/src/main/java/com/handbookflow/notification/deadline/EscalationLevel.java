package com.handbookflow.notification.deadline;

import com.handbookflow.core.label.Labeled;

/** Who is told, from the responsible person up the ladder. */
public enum EscalationLevel implements Labeled {
    /** The person (and department) responsible for the node. */
    RESPONSIBLE,
    /** The head of the responsible department. */
    DEPARTMENT_HEAD,
    /** The leader in charge of the responsible department. */
    LEADER_IN_CHARGE,
    /** The owner of the process (per scenario, from configuration). */
    PROCESS_OWNER,
    /** A department named by an escalation (e.g. the supervising department): its inbox. */
    NAMED_DEPARTMENT,
    /** A person named by an escalation (e.g. the project leader). */
    NAMED_PERSON;

    /** Reads a role named by an event (a rung of the ladder); unknown names give null. */
    public static EscalationLevel fromEvent(String name) {
        for (EscalationLevel level : values()) {
            if (level.isRole() && level.name().equalsIgnoreCase(name)) {
                return level;
            }
        }
        return null;
    }

    /** A rung of the ladder resolved through the directory, as opposed to a department or person named directly. */
    public boolean isRole() {
        return this != NAMED_DEPARTMENT && this != NAMED_PERSON;
    }
}
