package com.handbookflow.core.startup;

import com.handbookflow.core.engine.definition.NodeOutcome;
import com.handbookflow.core.engine.definition.ProcessDefinition;
import com.handbookflow.core.engine.definition.TransitionDefinition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
    static List<String> missingOutcomes(ProcessDefinition definition, Collection<NodeOutcome> used) {
        String source = "processes/" + definition.type() + ".json";
        List<String> problems = new ArrayList<>();
        used.stream().filter(outcome -> !outcome.declaredIn(definition)).forEach(outcome ->
                definition.node(outcome.nodeKey()).ifPresentOrElse(
                        node -> problems.add(source + " nodes." + node.key() + ": the service completes it with outcome '"
                                + outcome.outcome() + "', which the node does not declare (declared: "
                                + node.transitions().stream().map(TransitionDefinition::outcome).toList() + ")"),
                        () -> {
                            String missing = source + ": the service needs node " + outcome.nodeKey() + ", which is missing";
                            if (!problems.contains(missing)) {
                                problems.add(missing);
                            }
                        }));
        return problems;
    }
}
