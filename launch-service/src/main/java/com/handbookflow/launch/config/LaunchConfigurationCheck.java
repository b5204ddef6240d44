package com.handbookflow.launch.config;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.problem.ProblemException;
import com.handbookflow.core.startup.ConfigurationCheck;
import com.handbookflow.launch.domain.LaunchDuty;
import com.handbookflow.launch.domain.ReviewPart;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The launch configuration checked at start: every department it names is on {@code handbook.departments},
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
        for (ReviewPart part : ReviewPart.values()) {
            departments.problemWith("launch.reviewers." + kebab(part), config.reviewers().of(part))
                    .ifPresent(problems::add);
        }
        for (LaunchDuty duty : LaunchDuty.values()) {
            departments.problemWith("launch.duties." + kebab(duty), config.duties().of(duty)).ifPresent(problems::add);
        }
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

    private static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
