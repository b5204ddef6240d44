package com.handbookflow.core.startup;

import com.handbookflow.core.department.Departments;
import com.handbookflow.core.engine.definition.InvalidDefinitionException;
import com.handbookflow.core.engine.definition.NodeOutcome;
import com.handbookflow.core.engine.definition.ProcessDefinitions;
import com.handbookflow.core.label.LabeledValue;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start-up check, run as the service runs it ({@link StartupValidation#validate()}) on a
 * configuration a company might write by mistake: the service refuses to start, naming the key.
 */
class StartupValidationTest {

    private static final Departments DEPARTMENTS = new Departments(List.of(
            new LabeledValue("marketing", "市场部", "Marketing"), new LabeledValue("product", "产品部", "Product"),
            new LabeledValue("technology", "技术部", "Technology"), new LabeledValue("finance", "财务部", "Finance")));

    @Test
    void the_handbook_defaults_start() {
        assertDoesNotThrow(() -> validation(Map.of(), List.of("approval")).validate());
    }

    @Test
    void a_limit_that_is_not_a_limit_stops_the_start_naming_the_property() {
        InvalidDefinitionException refused = refused(Map.of("handbook.process.approval.nodes.REVIEW.limit", "P2X"));

        assertThat(refused.problems(), hasItem(startsWith(
                "handbook.process.approval.nodes.REVIEW.limit: 'P2X' is not a limit")));
    }

    @Test
    void an_unknown_responsible_or_cooperating_department_stops_the_start_naming_the_property_and_the_known_ones() {
        InvalidDefinitionException refused = refused(Map.of(
                "handbook.process.approval.nodes.DRAFT.responsible-department", "markting",
                "handbook.process.approval.nodes.REVIEW.cooperating-departments", "technology,legal"));

        assertThat(refused.problems(), hasItem(startsWith(
                "handbook.process.approval.nodes.DRAFT.responsible-department: 'markting' is not a department")));
        assertThat(refused.problems(), hasItem(containsString(
                "handbook.process.approval.nodes.REVIEW.cooperating-departments: 'legal' is not a department "
                        + "(known: finance, marketing, product, technology")));
    }

    @Test
    void an_override_of_a_node_the_process_does_not_have_stops_the_start() {
        InvalidDefinitionException refused = refused(Map.of("handbook.process.approval.nodes.REVEIW.limit", "P2WD"));

        assertThat(refused.problems(), hasItem(startsWith(
                "handbook.process.approval.nodes.REVEIW.limit: process approval has no node REVEIW")));
    }

    @Test
    void a_transition_to_a_missing_node_and_a_duplicate_node_key_stop_the_start_naming_the_file() {
        InvalidDefinitionException refused = assertThrows(InvalidDefinitionException.class,
                () -> validation(Map.of(), List.of("broken-transition")).validate());

        assertThat(refused.getMessage(), containsString("processes/broken-transition.json"));
        assertThat(refused.getMessage(), containsString("node key DRAFT appears twice"));
        assertThat(refused.getMessage(), containsString("leads to unknown REVIEW"));
    }

    @Test
    void an_end_state_no_transition_reaches_and_an_unknown_department_in_the_file_stop_the_start() {
        InvalidDefinitionException refused = assertThrows(InvalidDefinitionException.class,
                () -> validation(Map.of(), List.of("unreached-end")).validate());

        assertThat(refused.problems(), hasItem(
                "processes/unreached-end.json endStates.CANCELLED: no transition leads to this end state"));
        assertThat(refused.problems(), hasItem(startsWith(
                "processes/unreached-end.json nodes.DRAFT.responsibleDepartment: 'legal' is not a department")));
    }

    @Test
    void an_unknown_limit_anchor_stops_the_start_naming_the_file_and_the_value() {
        InvalidDefinitionException refused = assertThrows(InvalidDefinitionException.class,
                () -> validation(Map.of(), List.of("bad-anchor")).validate());

        assertThat(refused.getMessage(), containsString("processes/bad-anchor.json"));
        assertThat(refused.getMessage(), containsString("RECEIPT"));
    }

    @Test
    void a_process_type_without_a_definition_file_stops_the_start() {
        InvalidDefinitionException refused = assertThrows(InvalidDefinitionException.class,
                () -> validation(Map.of(), List.of("launch-typo")).validate());

        assertThat(refused.getMessage(), containsString("handbook.processes: no process definition processes/launch-typo.json"));
    }

    @Test
    void a_service_check_runs_with_the_definitions_and_its_problems_stop_the_start() {
        ConfigurationCheck routing = () -> List.of("complaint.routing.other: 'legal' is not a department");
        StartupValidation validation = new StartupValidation(definitions(Map.of(), List.of("approval")), List.of(routing));

        InvalidDefinitionException refused = assertThrows(InvalidDefinitionException.class, validation::validate);

        assertThat(refused.problems(), hasItem("complaint.routing.other: 'legal' is not a department"));
        assertTrue(!validation.passed());
    }

    @Test
    void an_outcome_the_service_uses_that_its_definition_does_not_declare_refuses_the_start() {
        ProcessDefinitions definitions = definitions(Map.of(), List.of("approval"));
        ConfigurationCheck outcomes = handling("approval", new NodeOutcome("DRAFT", "submitted"),
                new NodeOutcome("REVIEW", "approved"), new NodeOutcome("REVIEW", "escalated"));
        StartupValidation validation = new StartupValidation(definitions, List.of(outcomes));

        InvalidDefinitionException refused = assertThrows(InvalidDefinitionException.class, validation::validate);

        assertThat(refused.problems(), hasItem("processes/approval.json nodes.REVIEW: the service completes it with"
                + " outcome 'escalated', which the node does not declare (declared: [approved, needs-changes, rejected])"));
        assertTrue(refused.problems().size() == 1, refused.problems().toString());
        assertTrue(!validation.passed());
    }

    @Test
    void a_node_the_service_completes_that_its_definition_lacks_refuses_the_start_once() {
        ProcessDefinitions definitions = definitions(Map.of(), List.of("approval"));
        definitions.loadAll();

        List<String> problems = StartupValidation.missingOutcomes(definitions.get("approval"),
                List.of(new NodeOutcome("ARCHIVE", "archived"), new NodeOutcome("ARCHIVE", "discarded")));

        assertTrue(problems.equals(List.of("processes/approval.json: the service needs node ARCHIVE, which is missing")),
                problems.toString());
    }

    @Test
    void the_outcomes_a_service_uses_that_its_definition_declares_start() {
        ProcessDefinitions definitions = definitions(Map.of(), List.of("approval"));
        ConfigurationCheck outcomes = handling("approval", new NodeOutcome("DRAFT", "submitted"),
                new NodeOutcome("REVIEW", "needs-changes"), new NodeOutcome("PUBLISH", "published"));

        assertDoesNotThrow(() -> new StartupValidation(definitions, List.of(outcomes)).validate());
    }

    /** A service's check that has no configuration of its own to check, only the outcomes its code handles. */
    private static ConfigurationCheck handling(String processType, NodeOutcome... outcomes) {
        return new ConfigurationCheck() {
            @Override
            public List<String> problems() {
                return List.of();
            }

            @Override
            public Map<String, List<NodeOutcome>> handledOutcomes() {
                return Map.of(processType, List.of(outcomes));
            }
        };
    }

    private static InvalidDefinitionException refused(Map<String, String> properties) {
        return assertThrows(InvalidDefinitionException.class, () -> validation(properties, List.of("approval")).validate());
    }

    private static StartupValidation validation(Map<String, String> properties, List<String> types) {
        return new StartupValidation(definitions(properties, types), List.of());
    }

    private static ProcessDefinitions definitions(Map<String, String> properties, List<String> types) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "company overrides", 500)).build();
        return new ProcessDefinitions(config, DEPARTMENTS, Optional.of(types));
    }
}
