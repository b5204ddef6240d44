package com.handbookflow.core.department;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.util.Map;

/**
 * The company's departments ({@code handbook.departments.<code>.zh/en}): the one list every service
 * checks department codes against. The handbook's twelve are defaults in process-core's
 * {@code META-INF/microprofile-config.properties}; a company adds its own with two more properties.
 */
@ConfigMapping(prefix = "handbook.departments")
public interface DepartmentsConfig {

    @WithParentName
    Map<String, Names> all();

    interface Names {
        String zh();

        String en();
    }
}
