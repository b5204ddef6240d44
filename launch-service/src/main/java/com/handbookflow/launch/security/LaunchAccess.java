package com.handbookflow.launch.security;

import com.handbookflow.core.domain.StateConflictException;
import com.handbookflow.core.label.ProblemText;
import com.handbookflow.core.attachment.AttachmentAccess;
import com.handbookflow.core.engine.NodeInstance;
import com.handbookflow.core.engine.definition.NodeDefinition;
import com.handbookflow.core.domain.StateConflictException;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.security.AccessDeniedException;
import com.handbookflow.core.security.CurrentUser;
import com.handbookflow.core.security.Role;
import com.handbookflow.launch.config.LaunchConfig;
import com.handbookflow.launch.domain.Launch;
import com.handbookflow.launch.domain.LaunchDuty;
import com.handbookflow.launch.domain.ReviewPart;
import com.handbookflow.core.engine.item.WorkItem;
import com.handbookflow.launch.service.LaunchProcess;
import jakarta.enterprise.context.RequestScoped;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may see and do what with launches. A launch is read by the departments taking part in it (every
 * department the process names: responsible and cooperating departments of its nodes, reviewers of
 * table 2, the launch-day duties, and the originating department), by leaders, supervisors, process
 * owners, administrators and integration accounts (within what their configuration allows); anyone
 * else gets "not found". Acts belong to the active node's department or person; a review row to its
 * reviewing department; the approval's sign-off only to a LEADER.
 */
@RequestScoped
public class LaunchAccess {

    private final CurrentUser user;
    private final LaunchConfig config;
    private final Set<String> participants = new LinkedHashSet<>();

    LaunchAccess(CurrentUser user, LaunchConfig config, ProcessDefinitions definitions) {
        this.user = user;
        this.config = config;
        for (NodeDefinition node : definitions.get(LaunchProcess.TYPE).nodes()) {
            participants.add(node.responsibleDepartment());
            participants.addAll(node.cooperatingDepartments());
            node.items().forEach(item -> participants.add(item.responsibleDepartment() != null
                    ? item.responsibleDepartment() : node.responsibleDepartment()));
        }
        participants.addAll(config.originatingDepartments());
        participants.addAll(config.feasibilityContributors());
    }

    public boolean seesEveryLaunch() {
        return participants.contains(user.department())
                || user.hasAny(Role.SUPERVISOR, Role.LEADER, Role.PROCESS_OWNER, Role.ADMIN, Role.INTEGRATION);
    }

    public boolean sees(Launch launch) {
        return seesEveryLaunch() || user.isIn(launch.originatingDepartment());
    }

    /** The originating department a list is limited to, or null when the user sees every launch. */
    public String listRestrictedTo() {
        if (seesEveryLaunch()) {
            return null;
        }
        return user.department() == null ? "" : user.department();
    }

    /**
     * A new business is raised by a member of an originating department for their own department, or
     * by an integration account or an administrator for any of them.
     */
    public void requireMayApply(String department) {
        if (user.hasAny(Role.INTEGRATION, Role.ADMIN)) {
            return;
        }
        if (!user.isIn(department)) {
            throw AccessDeniedException.department("raise a new business for department " + department, department);
        }
    }

    /** A contribution to the feasibility analysis comes from a member of a contributing department. */
    public void requireMayContribute(String department) {
        if (!(user.isIn(department) || user.has(Role.ADMIN))) {
            throw AccessDeniedException.department("contribute to the feasibility analysis for " + department,
                    department);
        }
    }

    /** A review row (a work item of the plan review) is signed by its reviewing department or person. */
    public void requireMaySign(WorkItem row) {
        if (!mayDo(row)) {
            throw AccessDeniedException.department("sign review row " + row.itemKey(), row.responsibleDepartment());
        }
    }

    /** 分管领导签字确认: only a LEADER, whatever else the user is. */
    public void requireLeader() {
        user.requireAny("sign off the approved launch plan", Role.LEADER);
    }

    /** A launch-day duty (a work item of the release) is reported done by its department or person. */
    public void requireMayComplete(WorkItem duty) {
        if (!mayDo(duty)) {
            throw AccessDeniedException.department("report launch duty " + duty.itemKey() + " done",
                    duty.responsibleDepartment());
        }
    }

    private boolean mayDo(WorkItem item) {
        return user.isIn(item.responsibleDepartment()) || user.has(Role.ADMIN)
                || (item.responsiblePerson() != null && item.responsiblePerson().equals(user.id()));
    }

    /** The department a contribution is recorded for: the caller's own (an administrator names one). */
    public String contributingDepartment(String requested) {
        return user.has(Role.ADMIN) && requested != null ? requested : user.department();
    }

    /**
     * The files of a launch the caller sees: read by whoever sees the launch; added (market research,
     * competitor analysis, test reports, the launch plan...) by the departments working on the active
     * node, responsible or cooperating, its person, or an administrator; an ended launch takes no more.
     */
    public AttachmentAccess attachments(String number, NodeInstance active, List<String> cooperating) {
        return new AttachmentAccess() {
            @Override
            public void requireMayRead() {
                // the launch was found visible before the endpoints were mounted
            }

            @Override
            public void requireMayUpload(String slot) {
                if (active == null) {
                    throw new StateConflictException(ProblemText.of(LaunchAccess.class, "launch-ended", number));
                }
                boolean works = user.has(Role.ADMIN) || user.isIn(active.responsibleDepartment())
                        || cooperating.contains(user.department())
                        || (active.responsiblePerson() != null && active.responsiblePerson().equals(user.id()));
                if (!works) {
                    throw AccessDeniedException.department("attach files to node " + active.nodeKey(),
                            active.responsibleDepartment());
                }
            }
        };
    }

    public Set<String> participants() {
        return Set.copyOf(participants);
    }

}
