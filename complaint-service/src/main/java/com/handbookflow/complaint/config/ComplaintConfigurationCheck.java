package com.handbookflow.complaint.config;

import com.handbookflow.complaint.domain.ProblemType;
import com.handbookflow.complaint.service.ComplaintProcess;
import com.handbookflow.core.department.Departments;
import com.handbookflow.core.engine.definition.NodeOutcome;
import com.handbookflow.core.startup.ConfigurationCheck;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checked at start with the process definition: routing names known departments, a grading criterion
 * is met one way; the kit checks that every node and outcome the complaint code completes is in
 * {@code processes/complaint.json}.
 */
@ApplicationScoped
public class ComplaintConfigurationCheck implements ConfigurationCheck {

    private final ComplaintConfig config;
    private final Departments departments;

    ComplaintConfigurationCheck(ComplaintConfig config, Departments departments) {
        this.config = config;
        this.departments = departments;
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
        return problems;
    }

    @Override
    public Map<String, List<NodeOutcome>> handledOutcomes() {
        return Map.of(ComplaintProcess.TYPE, ComplaintProcess.OUTCOMES);
    }
}
