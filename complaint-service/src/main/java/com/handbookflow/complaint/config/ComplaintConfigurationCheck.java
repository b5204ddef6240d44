package com.handbookflow.complaint.config;

import com.handbookflow.complaint.domain.ProblemType;
import com.handbookflow.complaint.service.ComplaintProcess;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.startup.ConfigurationCheck;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checked at start with the process definition: routing names known departments, a grading criterion
 * is met one way, and every node and
 * outcome the complaint code completes is in {@code processes/complaint.json}.
 */
@ApplicationScoped
public class ComplaintConfigurationCheck implements ConfigurationCheck {

    private final ComplaintConfig config;
    private final Departments departments;
    private final ProcessDefinitions definitions;

    ComplaintConfigurationCheck(ComplaintConfig config, Departments departments, ProcessDefinitions definitions) {
        this.config = config;
        this.departments = departments;
        this.definitions = definitions;
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            String key = "complaint.routing." + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
            departments.problemWith(key, config.routing().departmentFor(type)).ifPresent(problems::add);
        }
        config.grading().criteria().forEach((code, criterion) -> {
            if (criterion.amountAbove().isPresent() && criterion.repeatWithin().isPresent()) {
                problems.add("complaint.grading.criteria." + code + ": amount-above and repeat-within are two criteria;"
                        + " name each under its own code");
            }
        });
        problems.addAll(ConfigurationCheck.missingOutcomes(definitions.get(ComplaintProcess.TYPE),
                ComplaintProcess.OUTCOMES));
        return problems;
    }
}
