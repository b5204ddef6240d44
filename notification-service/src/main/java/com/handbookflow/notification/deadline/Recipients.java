package com.handbookflow.notification.deadline;

import com.handbookflow.notification.directory.Department;
import com.handbookflow.notification.directory.DepartmentDirectory;
import jakarta.enterprise.context.ApplicationScoped;

/** Who is told at each level: the responsible person, or the head / leader in charge from the directory, or the process owner. */
@ApplicationScoped
public class Recipients {

    private final DepartmentDirectory directory;
    private final ReminderPolicies policies;

    Recipients(DepartmentDirectory directory, ReminderPolicies policies) {
        this.directory = directory;
        this.policies = policies;
    }

    /** The person told at {@code level}; null when the directory names nobody (then the department's inbox gets it). */
    public String person(EscalationLevel level, String processType, String department, String responsiblePerson) {
        return switch (level) {
            case RESPONSIBLE -> responsiblePerson;
            case DEPARTMENT_HEAD -> directory.find(department).map(Department::head).orElse(null);
            case LEADER_IN_CHARGE -> directory.find(department).map(Department::leaderInCharge).orElse(null);
            case PROCESS_OWNER -> policies.processOwner(processType).orElse(null);
            case NAMED_DEPARTMENT -> null;
            case NAMED_PERSON -> responsiblePerson;
        };
    }
}
