package com.handbookflow.project.config;

import com.handbookflow.core.department.Departments;
import com.handbookflow.core.engine.definition.NodeOutcome;
import com.handbookflow.core.startup.ConfigurationCheck;
import com.handbookflow.project.service.ProjectProcess;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The project rules checked at start, with the process definition's: a wrong value stops the service. The kit
 * checks that every outcome the project code completes is in {@code processes/project.json}.
 */
@ApplicationScoped
public class ProjectConfigurationCheck implements ConfigurationCheck {

    private final ProjectConfig config;
    private final Departments departments;

    ProjectConfigurationCheck(ProjectConfig config, Departments departments) {
        this.config = config;
        this.departments = departments;
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        departments.problemWith("project.supervising-department", config.supervisingDepartment()).ifPresent(problems::add);
        if (config.weeklyReportWithin().isNegative() || config.weeklyReportWithin().isZero()) {
            problems.add("project.weekly-report-within: must be positive, was " + config.weeklyReportWithin());
        }
        return problems;
    }

    @Override
    public Map<String, List<NodeOutcome>> handledOutcomes() {
        return Map.of(ProjectProcess.TYPE, ProjectProcess.OUTCOMES);
    }
}
