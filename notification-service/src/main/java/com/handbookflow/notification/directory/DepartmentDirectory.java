package com.handbookflow.notification.directory;

import com.handbookflow.core.department.Departments;
import com.handbookflow.core.domain.ObjectNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The directory of departments: resolves who heads a department and who is in charge of it. */
@ApplicationScoped
public class DepartmentDirectory {

    private final EntityManager entityManager;
    private final Clock clock;
    private final Departments departments;

    DepartmentDirectory(EntityManager entityManager, Clock clock, Departments departments) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.departments = departments;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Department> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entityManager.find(Department.class, code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Department> all() {
        return entityManager.createQuery("from Department order by code", Department.class).getResultList();
    }

    /** Creates or replaces the entry of a department on {@code handbook.departments}; another code is a 400 naming the known ones. */
    @Transactional
    public Department save(String code, DepartmentRequest request) {
        departments.require(code, "code");
        Optional<Department> existing = find(code);
        Department department = existing.orElseGet(() -> new Department(code));
        department.describe(request.nameZh(), request.nameEn(), request.head(), request.leaderInCharge(),
                request.email(), request.phone(), clock.instant());
        if (existing.isEmpty()) {
            // Persisted only once described: the insert takes the entity's state at persist time.
            entityManager.persist(department);
        }
        return department;
    }

    @Transactional
    public void delete(String code) {
        entityManager.remove(find(code).orElseThrow(() -> new ObjectNotFoundException("Department", code)));
    }
}
