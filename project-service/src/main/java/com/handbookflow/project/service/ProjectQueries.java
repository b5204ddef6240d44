package com.handbookflow.project.service;

import com.handbookflow.core.paging.CriteriaPages;
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
        Instant now = clock.instant();
        String restrictedTo = access.listRestrictedTo();
        return CriteriaPages.page(entityManager, Project.class, (cb, root) -> where(cb, root, filter, now, restrictedTo),
                (cb, root) -> List.of(cb.desc(root.get("createdAt")), cb.desc(root.get("number"))), paging);
    }

    /** Tasks across the projects the caller sees, by deadline (e.g. every delayed task of my department). */
    @Transactional
    public PageView<TaskInGraph> tasks(TaskFilter filter, PageRequest paging) {
        String restrictedTo = access.listRestrictedTo();
        PageView<ProjectTask> page = CriteriaPages.page(entityManager, ProjectTask.class,
                (cb, root) -> taskWhere(cb, root, filter, restrictedTo),
                (cb, root) -> List.of(cb.asc(root.get("dueAt")), cb.asc(root.get("key"))), paging);
        Map<Project, TaskGraph> graphs = new HashMap<>();
        return page.map(t -> new TaskInGraph(t, graphs.computeIfAbsent(t.project(),
                p -> new TaskGraph(projects.tasks(p)))));
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
            all.add(CriteriaPages.overdue(cb, p, ProjectStatus.ACTIVE, now, f.overdue()));
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
