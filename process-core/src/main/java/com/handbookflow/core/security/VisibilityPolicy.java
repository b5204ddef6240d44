package com.handbookflow.core.security;

import com.handbookflow.core.department.Departments;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.startup.ConfigurationCheck;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Which instances of a process type the current user sees ({@link VisibilityConfig}): the
 * sees-all departments and roles see every one; anyone else only those their department is
 * responsible for. Another department's instance is "not found", never hinted at.
 */
@ApplicationScoped
public class VisibilityPolicy implements ConfigurationCheck {

    private final VisibilityConfig config;
    private final ProcessDefinitions definitions;
    private final Departments departments;
    private final CurrentUser user;

    VisibilityPolicy(VisibilityConfig config, ProcessDefinitions definitions, Departments departments,
                     CurrentUser user) {
        this.config = config;
        this.definitions = definitions;
        this.departments = departments;
        this.user = user;
    }

    /** The departments whose members see every instance of {@code processType}. */
    public List<String> seesAllDepartments(String processType) {
        return config.types().get(processType).seesAllDepartments()
                .orElseGet(() -> List.of(definitions.get(processType).first().responsibleDepartment()));
    }

    public boolean seesAll(String processType) {
        return seesAllDepartments(processType).stream().anyMatch(user::isIn)
                || user.hasAny(config.types().get(processType).seesAllRoles().toArray(Role[]::new));
    }

    /** Whether the user sees an instance its department {@code responsibleDepartment} is responsible for. */
    public boolean sees(String processType, String responsibleDepartment) {
        return seesAll(processType) || user.isIn(responsibleDepartment);
    }

    /** The department a list is limited to, or null when the user sees every instance ("" for no department). */
    public String listRestrictedTo(String processType) {
        if (seesAll(processType)) {
            return null;
        }
        return user.department() == null ? "" : user.department();
    }

    /** Configured sees-all departments must be known departments. */
    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        config.types().forEach((type, visibility) -> visibility.seesAllDepartments().ifPresent(codes ->
                codes.forEach(code -> departments.problemWith(
                        "handbook.security.visibility." + type + ".sees-all-departments", code)
                        .ifPresent(problems::add))));
        return problems;
    }
}
