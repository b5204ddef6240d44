package com.handbookflow.project.service;

import com.handbookflow.core.number.NumberedRepository;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.domain.ProjectMeeting;
import com.handbookflow.project.domain.ProjectRisk;
import com.handbookflow.project.domain.ProjectTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Projects and the rows that belong to one (tasks, risks, meetings). */
@ApplicationScoped
public class ProjectRepository implements NumberedRepository<Project> {

    private final EntityManager entityManager;

    ProjectRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Acts on one project's tasks, risks and meetings lock the project too ({@link #requireForAct}). */
    @Override
    public String noun() {
        return "Project";
    }

    public List<ProjectTask> tasks(Project project) {
        return entityManager.createQuery("from ProjectTask t where t.project = :p order by t.seq", ProjectTask.class)
                .setParameter("p", project).getResultList();
    }

    public List<ProjectRisk> risks(Project project) {
        return entityManager.createQuery("from ProjectRisk r where r.project = :p order by r.seq", ProjectRisk.class)
                .setParameter("p", project).getResultList();
    }

    public List<ProjectMeeting> meetings(Project project) {
        return entityManager.createQuery("from ProjectMeeting m where m.project = :p order by m.seq",
                ProjectMeeting.class).setParameter("p", project).getResultList();
    }

    public void add(Object row) {
        entityManager.persist(row);
    }
}
