package com.handbookflow.notification.directory;

import com.handbookflow.core.department.Departments;
import com.handbookflow.core.label.LabeledValue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import java.time.Clock;

/**
 * The directory holds one entry per department of {@code handbook.departments} (process-core's one
 * list): at start, a department on the list that the directory lacks is added with its names. Entries
 * already there keep what was set over the API (head, leader in charge, addresses, names).
 */
@ApplicationScoped
public class DirectorySeed {

    private final Departments departments;
    private final EntityManager entityManager;
    private final Clock clock;

    DirectorySeed(Departments departments, EntityManager entityManager, Clock clock) {
        this.departments = departments;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (LabeledValue department : departments.all()) {
                entityManager.createNativeQuery("""
                                insert into department (code, name_zh, name_en, changed_at) values (?1, ?2, ?3, ?4)
                                on conflict (code) do nothing""")
                        .setParameter(1, department.code()).setParameter(2, department.zh())
                        .setParameter(3, department.en()).setParameter(4, clock.instant())
                        .executeUpdate();
            }
        });
    }
}
