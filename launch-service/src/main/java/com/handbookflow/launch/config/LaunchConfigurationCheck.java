package com.handbookflow.launch.config;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.problem.ProblemException;
import com.handbookflow.core.startup.ConfigurationCheck;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The launch configuration checked at start: every department it names is on {@code handbook.departments}
 * (the reviewers and duty departments are work items of the definition, checked by the kit),
 * the development limit parses and at least one core function is allowed. A wrong value stops the
 * start naming the property, instead of a refusal on some later request.
 */
@ApplicationScoped
public class LaunchConfigurationCheck implements ConfigurationCheck {

    private final LaunchConfig config;
    private final Departments departments;

    LaunchConfigurationCheck(LaunchConfig config, Departments departments) {
        this.config = config;
        this.departments = departments;
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        config.originatingDepartments().forEach(d ->
                departments.problemWith("launch.originating-departments", d).ifPresent(problems::add));
        config.feasibilityContributors().forEach(d ->
                departments.problemWith("launch.feasibility-contributors", d).ifPresent(problems::add));
        try {
            LimitSpec.parse(config.developmentLimit());
        } catch (ProblemException e) {
            problems.add("launch.development-limit: " + e.getMessage());
        }
        if (config.maxCoreFunctions() < 1) {
            problems.add("launch.max-core-functions: must allow at least 1 core function, not "
                    + config.maxCoreFunctions());
        }
        return problems;
    }
}
