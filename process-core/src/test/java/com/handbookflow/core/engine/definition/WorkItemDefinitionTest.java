package com.handbookflow.core.engine.definition;

import com.handbookflow.core.department.Departments;
import com.handbookflow.core.label.LabeledValue;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The work items of a node are data with defaults a company overrides, checked when the definition is read. */
class WorkItemDefinitionTest {

    private static final Departments DEPARTMENTS = new Departments(List.of(
            new LabeledValue("product", "产品部", "Product"), new LabeledValue("technology", "技术部", "Technology"),
            new LabeledValue("finance", "财务部", "Finance"), new LabeledValue("marketing", "市场部", "Marketing"),
            new LabeledValue("quality", "质量部", "Quality"), new LabeledValue("customer-service", "客服部", "Customer service")));

    @Test
    void a_review_row_takes_its_limit_and_department_from_configuration() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "handbook.process.plan-review.nodes.PLAN_REVIEW.items.technical.limit", "P1WD",
                "handbook.process.plan-review.nodes.PLAN_REVIEW.items.technical.responsible-department", "quality"),
                "test", 500)).build();

        NodeDefinition review = ProcessDefinitions.load("plan-review", config, DEPARTMENTS).definition().node("PLAN_REVIEW").orElseThrow();

        WorkItemDefinition technical = review.items().get(1);
        assertEquals("P1WD", technical.limit());
        assertEquals("quality", technical.responsibleDepartment());
        assertEquals("finance", review.items().get(2).responsibleDepartment(), "others keep the definition's values");
        assertEquals(JoinDefinition.Rule.ALL_PASS, review.join().rule());
        assertEquals(List.of("emergency-plan-ready"),
                ProcessDefinitions.load("plan-review", config, DEPARTMENTS).definition().node("RELEASE").orElseThrow().guards());
    }

    @Test
    void a_wrong_item_limit_in_configuration_stops_the_start() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "handbook.process.plan-review.nodes.PLAN_REVIEW.items.budget.limit", "three days"), "test", 500)).build();

        List<String> problems = ProcessDefinitions.load("plan-review", config, DEPARTMENTS).problems();

        assertTrue(problems.contains("handbook.process.plan-review.nodes.PLAN_REVIEW.items.budget.limit: "
                + "'three days' is not a limit (e.g. PT10M, PT24H, P2D, P3WD)"), problems.toString());
    }

    @Test
    void a_join_leading_to_an_outcome_the_node_does_not_have_is_inconsistent() {
        JoinDefinition join = new JoinDefinition(JoinDefinition.Rule.ALL_PASS, "approved",
                List.of(new JoinDefinition.Otherwise(com.handbookflow.core.engine.item.WorkItemResult.FAIL, "vetoed")));
        NodeDefinition review = new NodeDefinition("REVIEW", "评审", "Review", "product", List.of(), "P3WD", null,
                List.of(), List.of(new TransitionDefinition("approved", "DONE", "通过", "Approved")),
                List.of(new WorkItemDefinition("technical", "技术", "Technical", null, null)), join, List.of());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new ProcessDefinition(
                "x", "x", "x", List.of(review), List.of(new EndStateDefinition("DONE", "完成", "Done"))));
        assertTrue(refused.getMessage().contains("vetoed"), refused.getMessage());
    }
}
