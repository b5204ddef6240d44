package com.handbookflow.project.service;

import com.handbookflow.core.act.BusinessObjects;
import com.handbookflow.core.engine.ProcessInstance;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.security.ProjectAccess;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Projects as the kit's act template sees them: locked by number, visible by the access rules, tracking their process. */
@ApplicationScoped
class ProjectsForActs implements BusinessObjects<Project> {

    private final ProjectRepository projects;
    private final ProjectAccess access;

    ProjectsForActs(ProjectRepository projects, ProjectAccess access) {
        this.projects = projects;
        this.access = access;
    }

    @Override
    public String kind() {
        return "Project";
    }

    @Override
    public String kindZh() {
        return "项目";
    }

    @Override
    public Project lockForAct(String number) {
        return projects.requireForAct(number);
    }

    @Override
    public boolean sees(Project project) {
        return access.sees(project);
    }

    @Override
    public UUID processInstanceId(Project project) {
        return project.processInstanceId();
    }

    @Override
    public void track(Project project, ProcessInstance process) {
        project.track(process);
    }
}
