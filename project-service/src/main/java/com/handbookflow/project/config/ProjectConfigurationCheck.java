package com.handbookflow.project.config;

import com.handbookflow.core.department.Departments;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.startup.ConfigurationCheck;
import com.handbookflow.project.service.ProjectProcess;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** The project rules checked at start, with the process definition's: a wrong value stops the service. */
@ApplicationScoped
public class ProjectConfigurationCheck implements ConfigurationCheck {

    private final ProjectConfig config;
    private final Departments departments;

    private final ProcessDefinitions definitions;

    ProjectConfigurationCheck(ProjectConfig config, Departments departments, ProcessDefinitions definitions) {
        this.config = config;
        this.departments = departments;
        this.definitions = definitions;
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        departments.problemWith("project.supervising-department", config.supervisingDepartment()).ifPresent(problems::add);
        if (config.weeklyReportWithin().isNegative() || config.weeklyReportWithin().isZero()) {
            problems.add("project.weekly-report-within: must be positive, was " + config.weeklyReportWithin());
        }
        problems.addAll(ConfigurationCheck.missingOutcomes(definitions.get(ProjectProcess.TYPE), ProjectProcess.OUTCOMES));
        return problems;
    }

}
