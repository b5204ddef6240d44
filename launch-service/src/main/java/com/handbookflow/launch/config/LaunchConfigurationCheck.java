package com.handbookflow.launch.config;

import com.handbookflow.core.calendar.LimitSpec;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.domain.DomainException;
import com.handbookflow.core.engine.definition.NodeOutcome;
import com.handbookflow.core.startup.ConfigurationCheck;
import com.handbookflow.launch.service.LaunchOutcomes;
import com.handbookflow.launch.service.LaunchProcess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The launch configuration checked at start: every department it names is on {@code handbook.departments}
 * (the reviewers and duty departments are work items of the definition, checked by the kit),
 * the development limit parses and at least one core function is allowed; the kit checks that every outcome
 * the service uses ({@link LaunchOutcomes}) is declared by processes/launch.json. A wrong value stops the
 * start naming the property, instead of a refusal on some later request. So does a key of the
 * reviewers and duties from before they became work items ({@code launch.reviewers.*},
 * {@code launch.duties.*}): read by nothing now, it would silently stop meaning what the company set.
 */
@ApplicationScoped
public class LaunchConfigurationCheck implements ConfigurationCheck {

    private static final String REVIEWERS = "launch.reviewers.";
    private static final String DUTIES = "launch.duties.";

    private final LaunchConfig config;
    private final Departments departments;
    private final Iterable<String> propertyNames;

    @Inject
    LaunchConfigurationCheck(LaunchConfig config, Departments departments, Config properties) {
        this(config, departments, properties.getPropertyNames());
    }

    LaunchConfigurationCheck(LaunchConfig config, Departments departments, Iterable<String> propertyNames) {
        this.config = config;
        this.departments = departments;
        this.propertyNames = propertyNames;
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
        } catch (DomainException e) {
            problems.add("launch.development-limit: " + e.getMessage());
        }
        if (config.maxCoreFunctions() < 1) {
            problems.add("launch.max-core-functions: must allow at least 1 core function, not "
                    + config.maxCoreFunctions());
        }
        for (String name : propertyNames) {
            if (name.startsWith(REVIEWERS) || name.startsWith(DUTIES)) {
                String node = name.startsWith(REVIEWERS) ? "PLAN_REVIEW" : "RELEASE";
                problems.add(name + ": no longer read; table 2's reviewers and the launch-day duties are work items:"
                        + " set handbook.process.launch.nodes." + node + ".items.<ITEM>.responsible-department"
                        + " (or .limit) instead (launch-service/README.md)");
            }
        }
        return problems;
    }

    @Override
    public Map<String, List<NodeOutcome>> handledOutcomes() {
        return Map.of(LaunchProcess.TYPE, LaunchOutcomes.ALL);
    }
}
