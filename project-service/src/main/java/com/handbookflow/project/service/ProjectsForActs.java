package com.handbookflow.project.service;

import com.handbookflow.core.act.TrackedObjects;
import com.handbookflow.core.label.Texts;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.security.ProjectAccess;
import jakarta.inject.Singleton;

/** Projects as the kit's act template sees them: locked by number, visible by the access rules, tracking their process. */
@Singleton
class ProjectsForActs extends TrackedObjects<Project> {

    ProjectsForActs(ProjectRepository projects, ProjectAccess access) {
        super(Texts.of(ProjectsForActs.class).en("kind.project"), Texts.of(ProjectsForActs.class).zh("kind.project"),
                projects::requireForAct, access::sees);
    }
}
