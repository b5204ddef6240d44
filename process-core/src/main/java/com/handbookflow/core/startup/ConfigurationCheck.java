package com.handbookflow.core.startup;

import com.handbookflow.core.engine.definition.ProcessDefinition;
import com.handbookflow.core.engine.definition.TransitionDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service's own configuration rule checked at start, next to the process definitions: e.g.
 * complaint routing must name known departments, and the nodes and outcomes the code completes must
 * exist. Each problem names the property or file to fix.
 */
public interface ConfigurationCheck {

    List<String> problems();

    /**
     * The nodes and outcomes a service's code completes that its definition lacks: a definition file
     * edited without the code would otherwise fail on the first request that reaches the node.
     */
    static List<String> missingOutcomes(ProcessDefinition definition, Map<String, List<String>> outcomesByNode) {
        String source = "processes/" + definition.type() + ".json";
        List<String> problems = new ArrayList<>();
        outcomesByNode.forEach((nodeKey, outcomes) -> definition.node(nodeKey).ifPresentOrElse(
                node -> outcomes.stream().filter(o -> node.transition(o).isEmpty()).forEach(o -> problems.add(
                        source + " nodes." + nodeKey + ": the service completes it with outcome '" + o
                                + "', which the node does not declare (declared: " + node.transitions().stream()
                                .map(TransitionDefinition::outcome).toList() + ")")),
                () -> problems.add(source + ": the service needs node " + nodeKey + ", which is missing")));
        return problems;
    }
}
