package com.handbookflow.project.service;

import com.handbookflow.core.paging.PageRequest;
import com.handbookflow.core.paging.PageView;
import com.handbookflow.project.domain.Project;
import com.handbookflow.project.domain.ProjectStatus;
import com.handbookflow.project.domain.ProjectTask;
import com.handbookflow.project.domain.TaskGraph;
import com.handbookflow.project.domain.TaskInGraph;
import com.handbookflow.project.domain.TaskStatus;
import com.handbookflow.project.security.ProjectAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Project and task lists: filters on indexed columns, one page read in SQL plus a count. A caller who
 * does not see every project sees those its department takes part in. The pages hold projects and tasks;
 * the REST resources map them to views.
 */
@ApplicationScoped
public class ProjectQueries {

    /** Filters of the project list; null means "any". */
    public record ProjectFilter(ProjectStatus status, String node, String department, Boolean overdue) {
    }

    /** Filters of the task list across projects; null means "any". */
    public record TaskFilter(TaskStatus status, String department, String personId) {
    }

    private final EntityManager entityManager;
    private final Clock clock;
    private final ProjectAccess access;
    private final ProjectRepository projects;

    ProjectQueries(EntityManager entityManager, Clock clock, ProjectAccess access, ProjectRepository projects) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.access = access;
        this.projects = projects;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<Project> list(ProjectFilter filter, PageRequest paging) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        Instant now = clock.instant();
        String restrictedTo = access.listRestrictedTo();

        CriteriaQuery<Project> query = cb.createQuery(Project.class);
        Root<Project> root = query.from(Project.class);
        query.where(where(cb, root, filter, now, restrictedTo));
        query.orderBy(cb.desc(root.get("createdAt")), cb.desc(root.get("number")));
        List<Project> page = entityManager.createQuery(query)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Project> countRoot = count.from(Project.class);
        count.select(cb.count(countRoot)).where(where(cb, countRoot, filter, now, restrictedTo));
        return PageView.of(page, paging, entityManager.createQuery(count).getSingleResult());
    }

    /** Tasks across the projects the caller sees, by deadline (e.g. every delayed task of my department). */
    @Transactional
    public PageView<TaskInGraph> tasks(TaskFilter filter, PageRequest paging) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        String restrictedTo = access.listRestrictedTo();

        CriteriaQuery<ProjectTask> query = cb.createQuery(ProjectTask.class);
        Root<ProjectTask> root = query.from(ProjectTask.class);
        query.where(taskWhere(cb, root, filter, restrictedTo));
        query.orderBy(cb.asc(root.get("dueAt")), cb.asc(root.get("key")));
        List<ProjectTask> page = entityManager.createQuery(query)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<ProjectTask> countRoot = count.from(ProjectTask.class);
        count.select(cb.count(countRoot)).where(taskWhere(cb, countRoot, filter, restrictedTo));

        Map<Project, TaskGraph> graphs = new HashMap<>();
        List<TaskInGraph> tasks = page.stream().map(t -> new TaskInGraph(t, graphs.computeIfAbsent(t.project(),
                p -> new TaskGraph(projects.tasks(p))))).toList();
        return PageView.of(tasks, paging, entityManager.createQuery(count).getSingleResult());
    }

    /** {@code restrictedTo}: the only department whose projects the user may see (null: all). */
    private static Predicate[] where(CriteriaBuilder cb, Root<Project> p, ProjectFilter f, Instant now,
                                     String restrictedTo) {
        List<Predicate> all = new ArrayList<>();
        if (restrictedTo != null) {
            all.add(takesPart(cb, p.get("departmentCodes"), restrictedTo));
        }
        if (f.status() != null) {
            all.add(cb.equal(p.get("status"), f.status()));
        }
        if (f.node() != null) {
            all.add(cb.equal(p.get("currentNode"), f.node()));
        }
        if (f.department() != null) {
            all.add(takesPart(cb, p.get("departmentCodes"), f.department()));
        }
        if (f.overdue() != null) {
            Predicate overdue = cb.and(cb.equal(p.get("status"), ProjectStatus.ACTIVE),
                    cb.lessThan(p.get("currentDueAt"), now));
            all.add(f.overdue() ? overdue : cb.not(overdue));
        }
        return all.toArray(Predicate[]::new);
    }

    private static Predicate[] taskWhere(CriteriaBuilder cb, Root<ProjectTask> t, TaskFilter f, String restrictedTo) {
        List<Predicate> all = new ArrayList<>();
        if (restrictedTo != null) {
            all.add(takesPart(cb, t.get("project").get("departmentCodes"), restrictedTo));
        }
        if (f.status() != null) {
            all.add(cb.equal(t.get("status"), f.status()));
        }
        if (f.department() != null) {
            all.add(cb.equal(t.get("department"), f.department()));
        }
        if (f.personId() != null) {
            all.add(cb.equal(t.get("personId"), f.personId()));
        }
        return all.toArray(Predicate[]::new);
    }

    private static Predicate takesPart(CriteriaBuilder cb, Path<String> codes, String department) {
        // codes are ",a,b,"; a department code holds no '%' or '_' of its own (checked against the list)
        return cb.like(codes, "%," + department.replace("%", "").replace("_", "\\_") + ",%", '\\');
    }
}
