package com.handbookflow.core.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;
import io.smallrye.config.WithParentName;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who sees every instance of a process type, and who only their own department's
 * ({@code handbook.security.visibility.<type>.*}):
 * <pre>
 * handbook.security.visibility.complaint.sees-all-departments=customer-service
 * handbook.security.visibility.complaint.sees-all-roles=SUPERVISOR,LEADER,PROCESS_OWNER,ADMIN,INTEGRATION
 * </pre>
 */
@ConfigMapping(prefix = "handbook.security.visibility")
public interface VisibilityConfig {

    @WithParentName
    @WithDefaults
    Map<String, TypeVisibility> types();

    interface TypeVisibility {

        /**
         * Departments whose members see every instance. Default: the department responsible for the
         * process's first node, the intake (首问负责), so moving the intake in the definition moves this too.
         */
        Optional<List<String>> seesAllDepartments();

        /** Roles that see every instance: oversight, and integration accounts within their allow-list. */
        @WithDefault("SUPERVISOR,LEADER,PROCESS_OWNER,ADMIN,INTEGRATION")
        List<Role> seesAllRoles();
    }
}
