package com.handbookflow.project.service;

import com.handbookflow.core.domain.ObjectNotFoundException;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.domain.ProjectMeeting;
import com.handbookflow.project.domain.ProjectRisk;
import com.handbookflow.project.domain.ProjectTask;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Projects and the rows that belong to one (tasks, risks, meetings). */
@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    private final EntityManager entityManager;

    ProjectRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Project> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    /**
     * The project for an act, its row locked until the transaction ends: acts on one project (its
     * tasks, risks and meetings included) queue, so the later one sees where the first left it.
     */
    public Project requireForAct(String number) {
        return find("number", number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new ObjectNotFoundException("Project", number));
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
