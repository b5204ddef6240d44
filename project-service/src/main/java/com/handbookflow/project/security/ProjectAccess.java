package com.handbookflow.project.security;

import com.handbookflow.core.domain.InvalidValueException;
import com.handbookflow.core.label.Texts;
import com.handbookflow.core.security.AccessDeniedException;
import com.handbookflow.core.security.CurrentUser;
import com.handbookflow.core.security.Role;
import com.handbookflow.core.security.VisibilityPolicy;
import com.handbookflow.project.config.ProjectConfig;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.domain.ProjectTask;
import com.handbookflow.project.service.ProjectProcess;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may see and do what with projects. A department sees the projects it takes part in (initiating
 * or participating); the supervising department, the oversight roles and the OA integration (within
 * handbook.security.integration-allowed) see every project. Another department's project is "not
 * found", never hinted at. Tasks are acted on by their department or their person; acceptance by the
 * initiating department, the countersignature by the supervising one.
 */
@RequestScoped
public class ProjectAccess {

    private final CurrentUser user;
    private final VisibilityPolicy visibility;
    private final ProjectConfig config;

    ProjectAccess(CurrentUser user, VisibilityPolicy visibility, ProjectConfig config) {
        this.user = user;
        this.visibility = visibility;
        this.config = config;
    }

    public boolean sees(Project project) {
        return visibility.seesAll(ProjectProcess.TYPE) || project.takesPart(user.department());
    }

    /** The department a list is limited to, or null when the user sees every project. */
    public String listRestrictedTo() {
        return visibility.listRestrictedTo(ProjectProcess.TYPE);
    }

    /**
     * A project is filed by a member of its initiating department, or by an administrator or the OA
     * integration on its behalf; the returned department initiates it.
     */
    public String initiatingDepartment(String requested) {
        if (user.hasAny(Role.ADMIN, Role.INTEGRATION)) {
            if (requested == null || requested.isBlank()) { // no department of their own to default to
                Texts texts = Texts.of(ProjectAccess.class);
                throw new InvalidValueException("initiatingDepartment",
                        texts.en("field.initiatingDepartment.required"), texts.zh("field.initiatingDepartment.required"));
            }
            return requested;
        }
        if (requested != null && !requested.equals(user.department())) {
            throw AccessDeniedException.department("initiate a project for another department", requested);
        }
        if (user.department() == null) {
            throw AccessDeniedException.department("initiate a project", "any department");
        }
        return user.department();
    }

    /** A department answers for itself whether it takes part; an administrator may record the answer. */
    public String answeringDepartment(String requested) {
        if (user.has(Role.ADMIN) && requested != null) {
            return requested;
        }
        if (user.department() == null || (requested != null && !requested.equals(user.department()))) {
            throw AccessDeniedException.department("answer for department " + requested, requested);
        }
        return user.department();
    }

    /** A task is acted on by its department or its person (or an administrator). */
    public void requireMayWork(ProjectTask task) {
        if (!(user.isIn(task.department()) || task.personId().equals(user.id()) || user.has(Role.ADMIN))) {
            throw AccessDeniedException.department("work on task " + task.key(), task.department());
        }
    }

    /** Tasks, risks and meetings are planned by the initiating department or the project leader. */
    public void requireMayLead(Project project) {
        if (!(user.isIn(project.initiatingDepartment()) || project.leaderId().filter(user.id()::equals).isPresent()
                || user.has(Role.ADMIN))) {
            throw AccessDeniedException.department("lead project " + project.number(), project.initiatingDepartment());
        }
    }

    /** A risk is raised by any department of the project. */
    public void requireMayRaiseRisk(Project project) {
        if (!(project.takesPart(user.department()) || user.has(Role.ADMIN))) {
            throw AccessDeniedException.department("raise a risk on project " + project.number(),
                    project.initiatingDepartment());
        }
    }

    /** A risk is resolved by its responsible department or the project's lead. */
    public void requireMayResolveRisk(Project project, String riskDepartment) {
        if (!(user.isIn(riskDepartment) || user.isIn(project.initiatingDepartment())
                || project.leaderId().filter(user.id()::equals).isPresent() || user.has(Role.ADMIN))) {
            throw AccessDeniedException.department("resolve this risk", riskDepartment);
        }
    }

    /** The acceptance record is countersigned by the supervising department (运营管理部). */
    public void requireSupervisor() {
        if (!(user.isIn(config.supervisingDepartment()) || user.has(Role.ADMIN))) {
            throw AccessDeniedException.department("countersign the acceptance record", config.supervisingDepartment());
        }
    }

    public String department() {
        return user.department();
    }
}
