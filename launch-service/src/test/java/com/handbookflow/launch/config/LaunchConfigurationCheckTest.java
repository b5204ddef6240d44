package com.handbookflow.launch.config;

import com.handbookflow.core.department.Departments;
import com.handbookflow.core.label.LabeledValue;
import com.handbookflow.launch.service.LaunchOutcomes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The launch configuration is checked at start against handbook.departments, naming the property to fix. */
class LaunchConfigurationCheckTest {

    private static final Departments KNOWN = new Departments(List.of(
            new LabeledValue("marketing", "市场部", "Marketing"), new LabeledValue("product", "产品部", "Product"),
            new LabeledValue("technology", "技术部", "Technology"), new LabeledValue("finance", "财务部", "Finance"),
            new LabeledValue("customer-service", "客服部", "Customer service")));

    private static LaunchConfig config(String contributor, String developmentLimit) {
        return new LaunchConfig() {
            public String numberPrefix() { return "SX"; }
            public List<String> originatingDepartments() { return List.of("marketing", "product"); }
            public int maxCoreFunctions() { return 3; }
            public List<String> feasibilityContributors() { return List.of("technology", contributor); }
            public String developmentLimit() { return developmentLimit; }
        };
    }

    @Test
    void the_handbook_defaults_pass() {
        assertEquals(List.of(), new LaunchConfigurationCheck(config("finance", "P15WD"), KNOWN, List.of()).problems());
    }

    @Test
    void an_unknown_contributing_department_and_a_wrong_limit_are_named_by_their_property() {
        List<String> problems = new LaunchConfigurationCheck(config("accounting", "15 days"), KNOWN, List.of()).problems();
        assertEquals(2, problems.size());
        assertEquals(true, problems.get(0).startsWith("launch.feasibility-contributors: 'accounting' is not a department"));
        assertEquals(true, problems.get(1).startsWith("launch.development-limit"));
    }

    @Test
    void a_reviewer_or_duty_key_from_before_the_work_items_stops_the_start_naming_the_key_that_replaces_it() {
        List<String> problems = new LaunchConfigurationCheck(config("finance", "P15WD"), KNOWN,
                List.of("launch.reviewers.business-plan", "launch.duties.deployment", "launch.number-prefix")).problems();
        assertEquals(2, problems.size());
        assertEquals(true, problems.get(0).startsWith("launch.reviewers.business-plan: no longer read"));
        assertEquals(true, problems.get(0).contains("handbook.process.launch.nodes.PLAN_REVIEW.items."));
        assertEquals(true, problems.get(1).contains("handbook.process.launch.nodes.RELEASE.items."));
    }

    @Test
    void every_outcome_the_launch_code_completes_is_handed_to_the_kit_to_check_against_launch_json() {
        assertEquals(Map.of("launch", LaunchOutcomes.ALL),
                new LaunchConfigurationCheck(config("finance", "P15WD"), KNOWN, List.of()).handledOutcomes());
    }
}
