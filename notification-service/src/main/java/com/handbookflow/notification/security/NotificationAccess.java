package com.handbookflow.notification.security;

import com.handbookflow.core.security.AccessDeniedException;
import com.handbookflow.core.security.CurrentUser;
import com.handbookflow.core.security.Role;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may see and do what in the notification service: supervision (metrics, audits, violations,
 * review packs) and directory changes are for supervisors, leaders and administrators; webhook
 * configuration for administrators; everyone else sees the deadlines and notices of their own
 * department and their own person, never another department's.
 */
@RequestScoped
public class NotificationAccess {

    private final CurrentUser user;

    NotificationAccess(CurrentUser user) {
        this.user = user;
    }

    public void requireSupervision(String what) {
        user.requireAny(what, Role.SUPERVISOR, Role.LEADER, Role.ADMIN);
    }

    public void requireAdministrator(String what) {
        user.requireAny(what, Role.ADMIN);
    }

    /** Sees every department's deadlines and notices. */
    public boolean seesAllDepartments() {
        return user.hasAny(Role.SUPERVISOR, Role.LEADER, Role.PROCESS_OWNER, Role.ADMIN);
    }

    /**
     * The department a deadline list may show: as asked for oversight roles; otherwise the user's own,
     * and asking for another is refused rather than silently answered.
     */
    public String departmentScope(String requested) {
        if (seesAllDepartments()) {
            return requested;
        }
        if (requested != null && !user.isIn(requested)) {
            throw AccessDeniedException.department("see the deadlines of department " + requested, requested);
        }
        return user.department() == null ? "" : user.department();
    }

    /** Whose inbox a user may read: their own, their department's; everyone's for oversight roles. */
    public void requireMayReadInbox(String recipient, String department) {
        if (seesAllDepartments()) {
            return;
        }
        if (recipient != null && !recipient.equals(user.id())) {
            throw AccessDeniedException.roles("read another person's notices", Role.SUPERVISOR, Role.ADMIN);
        }
        if (department != null && !user.isIn(department)) {
            throw AccessDeniedException.department("read the notices of department " + department, department);
        }
    }

    public boolean mayRead(String recipientPerson, String recipientDepartment) {
        return seesAllDepartments() || user.id().equals(recipientPerson) || user.isIn(recipientDepartment);
    }

    public String userId() {
        return user.id();
    }
}
